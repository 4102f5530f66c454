using System.Net.Sockets;

namespace Media.Probes.Http;

/// <summary>
/// The resolver did not answer (<see cref="SocketError.TryAgain"/>, <see cref="SocketError.NoRecovery"/>), as opposed to
/// answering that the name does not exist (<see cref="SocketError.HostNotFound"/>): the fault is Media's own network,
/// not the site's.
/// </summary>
public sealed class ResolverDownException : IOException
{
    public ResolverDownException()
    {
    }

    public ResolverDownException(string message)
        : base(message)
    {
    }

    public ResolverDownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static bool IsResolverDown(SocketException e) =>
        e.SocketErrorCode is SocketError.TryAgain or SocketError.NoRecovery;
}
