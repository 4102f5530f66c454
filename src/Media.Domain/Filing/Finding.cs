namespace Media.Domain.Filing;

/// <summary>A rule a filing breaks: <paramref name="Rule"/> is a <see cref="RuleIds"/> id, the message is Chinese.</summary>
public sealed record Finding(string Rule, string Message);
