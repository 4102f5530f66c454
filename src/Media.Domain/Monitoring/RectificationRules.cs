namespace Media.Domain.Monitoring;

/// <summary>Rectification (整改, SPEC §3.5) figures shared by notices, alert mails and the sampling report.</summary>
public static class RectificationRules
{
    /// <summary>Days a unit has to put a problem right when nobody set another deadline.</summary>
    public const int DefaultDays = 10;
}
