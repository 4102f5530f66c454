namespace Media.Silo.Tests.Infrastructure;

/// <summary>The checkout's root (the folder holding Media.sln), found from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Media.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Media.sln not found above " + AppContext.BaseDirectory);
    }
}
