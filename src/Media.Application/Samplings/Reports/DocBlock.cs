namespace Media.Application.Samplings.Reports;

/// <summary>How a paragraph of the 通报 is set: the marks at the start of a template line (#标题, #一级…).</summary>
public enum BlockKind
{
    Title,
    Addressee,
    Heading1,
    Heading2,
    Body,
    Signature,
    Date,
    Annex,
    Table,
}

/// <summary>One paragraph of the rendered 通报, or a table by name (<c>annex</c>, <c>strata</c>).</summary>
public sealed record DocBlock(BlockKind Kind, string Text);

/// <summary>The 通报 as rendered from the templates: its paragraphs and the annex's 整改要求 wording.</summary>
public sealed record TongbaoDocument(Domain.Sampling.Reports.Tongbao Model, IReadOnlyList<DocBlock> Blocks,
    string VetoRequirement, string DeductionRequirement)
{
    /// <summary>The mark of a sampling not fully inspected, on every page and in every format (SPEC §3.7).</summary>
    public const string DraftMark = "草稿";

    public string Title => Blocks.FirstOrDefault(b => b.Kind == BlockKind.Title)?.Text ?? Model.QuarterName + Model.RegionName;

    public string RequirementFor(bool veto) => veto ? VetoRequirement : DeductionRequirement;
}
