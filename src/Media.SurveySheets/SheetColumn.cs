namespace Media.SurveySheets;

/// <summary>How a column's cells are read.</summary>
public enum CellKind
{
    Text,
    Date,
    YesNo,
}

/// <summary>
/// One column of the survey sheet: the field id the API uses (<c>responsible.phone</c>), the Chinese title
/// operators read, how its cells are read, and the template's example value.
/// </summary>
public sealed record SheetColumn(string Id, string Title, CellKind Kind, string Example)
{
    /// <summary>The template's header text, e.g. <c>负责人电话(responsible.phone)</c>.</summary>
    public string Header => $"{Title}({Id})";
}
