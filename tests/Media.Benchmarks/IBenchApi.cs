using System.Text.Json.Nodes;

namespace Media.Benchmarks;

/// <summary>Media's HTTP API as a scenario calls it: one silo, or the silos of a cluster in turn.</summary>
public interface IBenchApi
{
    Task<JsonObject> PostAsync(string path, object body);

    Task<JsonObject> GetAsync(string path);
}
