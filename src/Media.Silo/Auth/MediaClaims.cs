namespace Media.Silo.Auth;

/// <summary>Claim types carried in Media's tokens.</summary>
public static class MediaClaims
{
    public const string Region = "media:region";
    public const string Unit = "media:unit";
}
