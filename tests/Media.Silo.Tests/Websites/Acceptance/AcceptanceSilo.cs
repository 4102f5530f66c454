using Media.Silo.Tests.Websites.Probing;

namespace Media.Silo.Tests.Websites.Acceptance;

/// <summary>
/// The probe silo with Media's network up and the product's own bound of columns per content probe (the other probe
/// tests lower it to three), so that a probe round reads every filed column of a small site.
/// </summary>
public sealed class AcceptanceSilo : WebsiteProbeSilo
{
    public AcceptanceSilo()
        : base(networkUp: true) => Silo.Settings.Remove("Probes:SiteColumnsPerProbe");
}
