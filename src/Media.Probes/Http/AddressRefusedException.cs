namespace Media.Probes.Http;

/// <summary>
/// Thrown from the connect callback when the guard refuses an address; it travels inside the
/// <see cref="HttpRequestException"/> so the fetcher can tell a refusal from a network error.
/// </summary>
public sealed class AddressRefusedException : Exception
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
