namespace Media.Probes.Sites;

/// <summary>Reads a government site's page into a <see cref="SitePage"/>: a pure function of the page, its URL and the time.</summary>
public static class SitePageReader
{
    /// <param name="html">The decoded page.</param>
    /// <param name="pageUrl">Where it was read: relative links resolve against it.</param>
    /// <param name="now">The read time: dates without a year (<c>08-02</c>) are the latest such date not after it.</param>
    public static SitePage Read(string html, Uri pageUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        throw new NotSupportedException("site page reader: being written (issue 19)");
    }
}
