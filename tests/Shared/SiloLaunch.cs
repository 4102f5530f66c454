using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Media.Testing;

/// <summary>
/// How tests and benchmarks start the built silo as a child process: `dotnet Media.Silo.dll` on its own data
/// directory, loopback ports and admin password. Compiled into both projects (linked source).
/// </summary>
internal static class SiloLaunch
{
    public static ProcessStartInfo StartInfo(string siloAssembly, string dataDir, Uri address, string adminPassword)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(siloAssembly);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString());
        info.Environment["Media__DataDir"] = dataDir;
        info.Environment["Orleans__SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        info.Environment["Orleans__GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        info.Environment["Bootstrap__AdminPassword"] = adminPassword;
        return info;
    }

    /// <summary>A loopback port nobody listens on.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>src/Media.Silo's build output in the configuration (Debug or Release) the caller itself was built in.</summary>
    public static string SiloAssembly(string repositoryRoot)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(repositoryRoot, "src", "Media.Silo", "bin", configuration, "net10.0", "Media.Silo.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/Media.Silo first", path);
    }
}
