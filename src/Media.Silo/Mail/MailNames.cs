using Media.Domain.Regions;
using Media.Grains.Alerts;

namespace Media.Silo.Mail;

/// <summary>
/// How mails and robot messages name units and regions for the people who read them: by name, and by code only where no
/// name is known (a unit deleted since, a region code the catalog no longer holds), so a message is never left without
/// the unit or the place.
/// </summary>
internal static class MailNames
{
    /// <summary>The unit's name, or its code when it is unknown: for sentences.</summary>
    public static string Unit(string code, string? name) => name ?? code;

    /// <summary>名称（统一社会信用代码） for a fact line, where the code helps find the unit; the code alone when the name is unknown.</summary>
    public static string UnitWithCode(string code, string? name) => name is null ? code : $"{name}（{code}）";

    public static string Unit(AlertContext context) => Unit(context.UnitCode, context.UnitName);

    public static string UnitWithCode(AlertContext context) => UnitWithCode(context.UnitCode, context.UnitName);

    public static string Unit(UnitNameBook units, string code) => Unit(code, units.NameOf(code));

    /// <summary>The region's full name (广东省广州市越秀区), or its code when the catalog does not hold it.</summary>
    public static string Region(RegionCatalog regions, string code) =>
        RegionCode.TryParse(code, out var region) ? regions.FullNameOf(region) : code;
}
