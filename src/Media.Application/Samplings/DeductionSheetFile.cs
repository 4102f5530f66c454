using Media.Domain.Websites;

namespace Media.Application.Samplings;

/// <summary>
/// The websites' deduction sheet (<c>silo-config/websites/deductions.json</c>), read at every website inspection as the
/// 通报 template is at every rendering, so an office that confirms a point or adds an item does it without a restart.
/// </summary>
public sealed class DeductionSheetFile(string path)
{
    public string Path => path;

    /// <summary>The sheet, or null when none is configured (then a website cannot be scored, and the inspection says so).</summary>
    public DeductionSheet? Load() => File.Exists(path) ? DeductionSheet.Load(path) : null;
}
