using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Media.Silo.Web;

/// <summary>
/// One configuration section as the admin page shows it: the bound options' effective values (defaults included,
/// which the raw configuration would not show), with secrets masked.
/// </summary>
public sealed record SettingsSection(string Key, string Title, IReadOnlyList<(string Name, string Value)> Values)
{
    private static readonly string[] Secret = ["password", "secret", "key", "token"];

    public static SettingsSection Of(string key, string title, object options) =>
        new(key, title, [.. options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Secret.Any(s => p.Name.Contains(s, StringComparison.OrdinalIgnoreCase))
                ? (p.GetValue(options) is null ? "（未设置）" : "（已设置，不显示）")
                : Show(p.GetValue(options))))]);

    private static string Show(object? value) => value switch
    {
        null => "（未设置）",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("、", items.Cast<object?>().Select(Show)),
        _ => value.ToString() ?? string.Empty,
    };
}
