namespace Media.Probes.Extractors;

/// <summary>
/// An operator-written extractor for a page with a list of dated items (a site's news column, a platform
/// without an API). <paramref name="ItemXPath"/> selects the items; the other paths are evaluated relative
/// to each item. A path may end in an attribute (<c>a/@href</c>); a link path selecting an element uses
/// its <c>href</c>. <paramref name="DatePattern"/> is a date format using <c>yyyy MM M dd d HH H mm ss</c>
/// (other characters literal); it is searched for inside the date text, so "发布时间：2024-05-01" works
/// with <c>yyyy-MM-dd</c>. Several patterns may be given separated by <c>|</c>. Times are Beijing time.
/// </summary>
public sealed record GenericExtractorDefinition(
    string ItemXPath,
    string DateXPath,
    string? TitleXPath,
    string? LinkXPath,
    string DatePattern);
