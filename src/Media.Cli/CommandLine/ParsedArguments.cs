namespace Media.Cli.CommandLine;

/// <summary>
/// A command's arguments after parsing: positional words, <c>--name value</c> options and bare flags.
/// Hand-written so the tool needs no parsing package; commands declare what they accept and anything
/// else is a usage error, so a mistyped option is never silently ignored.
/// </summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Positionals { get; private init; } = [];

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>Parses <paramref name="args"/>; options take a value (<c>--out x</c> or <c>--out=x</c>), flags do not.</summary>
    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options,
        IReadOnlyCollection<string> flags)
    {
        var positionals = new List<string>();
        var parsed = new ParsedArguments { Positionals = positionals };
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (arg is "-h")
            {
                name = "--help";
            }

            if (flags.Contains(name))
            {
                if (equals > 0)
                {
                    throw new UsageException($"选项 {name} 不带参数值");
                }

                parsed._flags.Add(name);
            }
            else if (options.Contains(name))
            {
                var value = equals > 0 ? arg[(equals + 1)..]
                    : i + 1 < args.Count ? args[++i]
                    : throw new UsageException($"选项 {name} 需要一个参数值");
                if (!parsed._options.TryAdd(name, value))
                {
                    throw new UsageException($"选项 {name} 只能给出一次");
                }
            }
            else
            {
                throw new UsageException($"未知选项 {name}");
            }
        }

        return parsed;
    }
}
