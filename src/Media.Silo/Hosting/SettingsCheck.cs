using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Media.Silo.Hosting;

/// <summary>
/// Checks every setting before the silo starts and lists every problem once, each with its key, so an operator fixes
/// them all in one go (a start that failed on the first, with a stack trace, showed one problem per try).
/// </summary>
public static class SettingsCheck
{
    /// <summary>Every problem of the configuration; empty when the silo may start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var unbound = new HashSet<Type>();
        foreach (var (section, type) in MediaSettings.Sections)
        {
            var before = problems.Count;
            CheckValues(configuration.GetSection(section), type, problems);
            if (problems.Count > before)
            {
                unbound.Add(type);
            }
        }

        // The same registrations the host makes, in a provider of their own: each section's checks run as at start.
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddMediaSettings(configuration);
        using var provider = services.BuildServiceProvider();
        foreach (var (_, type) in MediaSettings.Sections.Where(s => !unbound.Contains(s.Type)))
        {
            var options = provider.GetService(typeof(IOptions<>).MakeGenericType(type));
            try
            {
                _ = options?.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options);
            }
            catch (TargetInvocationException e) when (e.InnerException is OptionsValidationException invalid)
            {
                problems.AddRange(invalid.Failures);
            }
        }

        return problems;
    }

    /// <summary>Formats the problems for the console: a heading and one line each.</summary>
    public static string Describe(IReadOnlyList<string> problems) =>
        $"配置有误，Media 未启动（{problems.Count} 处，请逐项修改 silo-config/ 或环境变量后再启动）：{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));

    // The binder stops at the first value it cannot convert and names the type, not the key; here each value is tried
    // on its own and named by its full key.
    private static void CheckValues(IConfigurationSection section, Type type, List<string> problems)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var child = section.GetSection(property.Name);
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(target))
            {
                if (!string.IsNullOrEmpty(child.Value) && !Converts(target, child.Value))
                {
                    problems.Add($"{child.Path}: '{child.Value}' is not {Expected(target)}");
                }
            }
            else if (target.IsClass && !typeof(System.Collections.IEnumerable).IsAssignableFrom(target))
            {
                CheckValues(child, target, problems);
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Uri);

    private static bool Converts(Type type, string value)
    {
        try
        {
            _ = TypeDescriptor.GetConverter(type).ConvertFromString(null, CultureInfo.InvariantCulture, value);
            return true;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or OverflowException)
        {
            return false;
        }
    }

    private static string Expected(Type type) => type switch
    {
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(TimeSpan) => "a duration such as 00:15:00",
        _ when type == typeof(DateOnly) => "a date such as 2025-01-01",
        _ => "a valid " + type.Name,
    };
}
