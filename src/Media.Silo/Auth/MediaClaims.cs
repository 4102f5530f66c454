namespace Media.Silo.Auth;

/// <summary>Claim types carried in Media's tokens.</summary>
public static class MediaClaims
{
    public const string Region = "media:region";
    public const string Unit = "media:unit";

    /// <summary>The password's stamp when the cookie or token was issued (see <see cref="CredentialStamps"/>).</summary>
    public const string Stamp = "media:stamp";
}
