using System.Globalization;
using Orleans.Runtime.Messaging;

namespace Media.Silo.Api;

/// <summary>
/// Recognises a grain call that failed because a silo of the cluster went away: the connection to it is refused
/// (<see cref="OrleansMessageRejectionException"/> around a <see cref="ConnectionFailedException"/>) until the others
/// declare it dead, and calls it had received fail with <see cref="SiloUnavailableException"/> when they do. Orleans
/// rebuilds its own exception types across silos, so a grain's failed call to a third silo is recognised as well.
/// </summary>
public static class ClusterFaults
{
    /// <summary>
    /// What a client is told to wait. A read answered 503 has already waited <see cref="SiloLossRetry.Budget"/>, and
    /// with Orleans' defaults the survivors vote a killed silo dead 10–15 s after it died, so a few seconds more is
    /// usually enough; a client that comes back too early gets another 503, not an error.
    /// </summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static bool IsSiloLoss(Exception? exception) =>
        ExceptionChain.Of(exception).Any(e => e is SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException);

    /// <summary>The status code and the Chinese words for a request cut short by a lost silo.</summary>
    public static (int Status, string Title, string Detail) Describe() =>
        (StatusCodes.Status503ServiceUnavailable, "服务暂时不可用",
            "集群中的一个节点刚刚停止运行，系统正在把它承担的工作转移到其他节点，本次请求未能完成。请在几秒后重试。");

    /// <summary>The <c>Retry-After</c> header's value, in whole seconds.</summary>
    public static string RetryAfterSeconds => ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
