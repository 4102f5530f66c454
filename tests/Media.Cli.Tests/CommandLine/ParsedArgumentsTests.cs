using Media.Cli.CommandLine;

namespace Media.Cli.Tests.CommandLine;

public sealed class ParsedArgumentsTests
{
    private static readonly string[] Options = ["--out", "--format"];
    private static readonly string[] Flags = ["--dry-run", "--help"];

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign_and_flags_take_none()
    {
        var parsed = ParsedArguments.Parse(["a.csv", "--out", "x y.csv", "--format=xlsx", "--dry-run", "--", "--b"], Options, Flags);

        Assert.Equal(["a.csv", "--b"], parsed.Positionals);
        Assert.Equal("x y.csv", parsed.Option("--out"));
        Assert.Equal("xlsx", parsed.Option("--format"));
        Assert.True(parsed.Has("--dry-run"));
        Assert.False(parsed.Has("--help"));
    }

    [Theory]
    [InlineData("--colour", "red")]
    [InlineData("--out")]
    [InlineData("--dry-run=yes")]
    [InlineData("--out", "a", "--out", "b")]
    public void Unknown_incomplete_or_repeated_options_are_usage_errors(params string[] args) =>
        Assert.Throws<UsageException>(() => ParsedArguments.Parse(args, Options, Flags));
}
