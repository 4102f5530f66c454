namespace Media.Application.Imports;

/// <summary>
/// How an import names a row: by its row number in the sheet as Excel shows it, the header being row 1, so the request's
/// first row is row 2. A client that left out blank rows maps the number back through its own list (the CLI and the page do).
/// </summary>
public static class SheetRows
{
    /// <summary>The sheet row of the request's first row.</summary>
    public const int First = 2;

    /// <summary>The sheet row number of the request row at <paramref name="index"/> (0-based).</summary>
    public static int Number(int index) => index + First;

    /// <summary>The 0-based request index of sheet row <paramref name="number"/>.</summary>
    public static int Index(int number) => number - First;
}
