using System.Security.Cryptography;
using Media.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Media.Silo.Web.Pages.Imports;

/// <summary>
/// An uploaded sheet kept between its dry run and its commit, under <c>{DataDir}/imports/{sha256}{.csv|.xlsx}</c>: the commit
/// files exactly the bytes that were checked, without a second upload, and the name (the content's hash) cannot point outside
/// the folder. A commit removes its file; a sheet never committed stays until the next upload of the same bytes replaces it.
/// </summary>
public sealed class UploadedSheets(IOptions<MediaOptions> media)
{
    private string Folder => Directory.CreateDirectory(Path.Combine(media.Value.DataDirectory, "imports")).FullName;

    /// <summary>Stores the bytes and answers the name the commit form sends back.</summary>
    public async Task<string> KeepAsync(byte[] bytes, string fileName)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(bytes)) + Path.GetExtension(fileName).ToLowerInvariant();
        await File.WriteAllBytesAsync(Path.Combine(Folder, name), bytes);
        return name;
    }

    /// <summary>The kept bytes of <paramref name="name"/>, or null when the name is not one of ours or the file is gone.</summary>
    public async Task<byte[]?> FindAsync(string? name)
    {
        if (name is null || !IsOurs(name) || !File.Exists(Path.Combine(Folder, name)))
        {
            return null;
        }

        return await File.ReadAllBytesAsync(Path.Combine(Folder, name));
    }

    public void Forget(string name)
    {
        if (IsOurs(name))
        {
            File.Delete(Path.Combine(Folder, name));
        }
    }

    // 64 hex digits and an extension we read: nothing else may name a file here.
    private static bool IsOurs(string name) =>
        name.Length is 68 or 69 && name[..64].All(char.IsAsciiHexDigitLower) && name[64..] is ".csv" or ".xlsx";
}
