namespace Media.Silo.Auth;

/// <summary>The <c>Bootstrap</c> section: the first admin's password (random when unset).</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdminPassword { get; set; }
}
