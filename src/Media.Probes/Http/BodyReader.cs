using System.Buffers;

namespace Media.Probes.Http;

/// <summary>
/// Reads a body in a bounded loop. Counting happens after decompression, so a small gzip bomb is stopped
/// at the same cap as a large plain page.
/// </summary>
internal static class BodyReader
{
    private const int ChunkSize = 81_920;

    /// <summary>The body, or null as soon as it is known to pass <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, int maxBytes, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                while (true)
                {
                    // Ask for at most one byte past the cap: enough to know it was passed.
                    var wanted = (int)Math.Min(chunk.Length, maxBytes + 1L - buffer.Length);
                    var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), ct).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return buffer.ToArray();
                    }

                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > maxBytes)
                    {
                        return null;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
    }
}
