using System.Security.Cryptography;
using System.Text.Json;

namespace Media.Application.Imports;

/// <summary>
/// A sheet's identity for resuming its import: the SHA-256 of its rows as the server read them, so the same rows sent
/// again (by the CLI or another client, with other spacing or key order) name the same import.
/// </summary>
internal static class SheetHash
{
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web);

    public static string Of<TRow>(IReadOnlyList<TRow?> rows)
        where TRow : class =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(rows, Canonical)));
}
