namespace Media.Silo.Hosting;

/// <summary>The <c>Media</c> configuration section: which profile runs and where its data lives.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary><c>embedded</c> (SQLite, one silo) or <c>cluster</c> (PostgreSQL, several silos).</summary>
    public string Profile { get; set; } = Profiles.Embedded;

    /// <summary>Data directory: the SQLite file, the mail pickup folder, the admin password file.</summary>
    public string DataDir { get; set; } = "./data";

    /// <summary>Orleans service id: the key space of stored grain state; keep it across upgrades.</summary>
    public string ServiceId { get; set; } = "media";

    /// <summary>Orleans cluster id: silos with the same id form one cluster.</summary>
    public string ClusterId { get; set; } = "media";

    /// <summary>Where users reach the web UI; links in mails start here.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>The data directory as an absolute path.</summary>
    public string DataDirectory => Path.GetFullPath(DataDir);
}

/// <summary>The profile names.</summary>
public static class Profiles
{
    public const string Embedded = "embedded";
    public const string Cluster = "cluster";
}
