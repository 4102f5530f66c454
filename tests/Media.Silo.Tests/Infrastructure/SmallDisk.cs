using System.Diagnostics;

namespace Media.Silo.Tests.Infrastructure;

/// <summary>
/// A small tmpfs mounted for one test, so a silo's data directory can really run out of space. Mounting needs root
/// (CAP_SYS_ADMIN); without it the test skips, unless MEDIA_REQUIRE_ALL=1 (CI), where it fails.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly TempDirectory _mountPoint = new("media-disk");
    private readonly string? _unavailable;
    private FileStream? _filler;

    public SmallDisk(int megabytes)
    {
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=700", "tmpfs", _mountPoint.Path);
        _unavailable = code == 0 ? null : $"cannot mount a tmpfs (needs root): {output}";
        Path = System.IO.Path.Combine(_mountPoint.Path, "data");
    }

    /// <summary>The data directory inside the small disk (not yet created).</summary>
    public string Path { get; }

    public void RequireAvailable()
    {
        if (_unavailable is null)
        {
            return;
        }

        Assert.False(Environment.GetEnvironmentVariable("MEDIA_REQUIRE_ALL") == "1", _unavailable);
        Assert.Skip(_unavailable);
    }

    /// <summary>Takes every free byte with one file, which <see cref="Free"/> removes.</summary>
    public void Fill()
    {
        _filler = new FileStream(System.IO.Path.Combine(_mountPoint.Path, "filler"), FileMode.Create, FileAccess.Write);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                _filler.Write(block);
                _filler.Flush();
            }
        }
        catch (IOException)
        {
            // The disk is full: exactly what was wanted.
        }
    }

    public void Free()
    {
        try
        {
            _filler?.Dispose();
        }
        catch (IOException)
        {
            // The buffered tail of the filler could not be written; the file goes anyway.
        }

        _filler = null;
        File.Delete(System.IO.Path.Combine(_mountPoint.Path, "filler"));
    }

    public void Dispose()
    {
        Free();
        if (_unavailable is null)
        {
            Run("umount", "-l", _mountPoint.Path);
        }

        _mountPoint.Dispose();
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
