using Media.Silo.Tests.Infrastructure;

namespace Media.Silo.Tests.Storage;

/// <summary>A store whose later pages are damaged is refused at start with a message that says so, instead of 500s later.</summary>
public sealed class DamagedStoreTests : IDisposable
{
    private readonly TempDirectory _data = new("media-damaged");

    [Fact]
    public async Task A_silo_refuses_to_start_on_a_store_with_damaged_pages()
    {
        var settings = new Dictionary<string, string> { ["Media:DataDir"] = _data.Path };
        await using (var silo = new SiloFactory { Settings = settings })
        {
            using var admin = await silo.AdminAsync();
            var unit = await admin.CreateUnitAsync();
            for (var i = 0; i < 60; i++)
            {
                await admin.FileAccountAsync(unit);
            }
        }

        var file = Path.Combine(_data.Path, "media.db");
        Assert.False(File.Exists(file + "-wal") && new FileInfo(file + "-wal").Length > 0, "the store was not checkpointed on close");
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite))
        {
            // Pages from the middle on: tables and indexes, never the header and schema on page 1.
            var garbage = new byte[stream.Length / 2];
            new Random(7).NextBytes(garbage);
            stream.Position = stream.Length / 4;
            await stream.WriteAsync(garbage);
        }

        await using var damaged = new SiloFactory { Settings = settings };
        var refusal = Assert.ThrowsAny<Exception>(() => damaged.CreateClient());
        Assert.True(refusal.ToString().Contains("quick_check", StringComparison.Ordinal), refusal.ToString()[..Math.Min(3000, refusal.ToString().Length)]);
        Assert.Contains("restore media.db from a backup", refusal.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
