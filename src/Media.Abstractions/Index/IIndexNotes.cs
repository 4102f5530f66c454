namespace Media.Abstractions.Index;

/// <summary>
/// The index lines this silo noted but has not yet sent to their region indexes. Whoever answers a caller
/// that will read a listing next (the ingest use case) sends them first.
/// </summary>
public interface IIndexNotes
{
    /// <summary>Sends every waiting line now and completes when the region indexes have them.</summary>
    Task SendAsync();
}
