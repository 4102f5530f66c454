using Orleans.Runtime;

namespace Media.Abstractions.Accounts;

/// <summary>
/// Marks the grain calls of a bulk import as a request-context value, which follows every call the import makes and
/// the calls those grains make in turn. It is a memory hint and nothing more: an imported account leaves memory once it
/// is filed, and its unit soon after its last imported account settles. No rule and no stored state depends on it, so
/// it stays out of the grain contracts.
/// </summary>
public static class BulkImport
{
    private const string Key = "media.bulk-import";

    /// <summary>Whether the call being handled was made by a bulk import.</summary>
    public static bool IsUnderWay => RequestContext.Get(Key) is true;

    /// <summary>Marks the grain calls made from the current flow until the returned scope is disposed.</summary>
    public static IDisposable Begin()
    {
        RequestContext.Set(Key, true);
        return new Scope();
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => RequestContext.Remove(Key);
    }
}
