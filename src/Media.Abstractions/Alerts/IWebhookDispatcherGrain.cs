namespace Media.Abstractions.Alerts;

/// <summary>
/// The one webhook sender of the cluster: posts the group-robot messages that routing stored (the mail dispatcher routes
/// every alert once, to mails and webhook messages in one transaction) and retries those that failed.
/// </summary>
public interface IWebhookDispatcherGrain : IGrainWithIntegerKey
{
    /// <summary>Posts the messages that are due; answers how many were taken and how many failed.</summary>
    Task<DispatchReport> PumpAsync();
}
