using System.Globalization;
using Media.Abstractions.Monitoring;
using Media.Domain.Time;

namespace Media.Grains.Accounts;

/// <summary>
/// The observation a silence verdict rests on, in the evidence's words (SPEC §3.3: every veto names the last post seen,
/// and when and how Media saw it), e.g. "最近一次更新于2026-11-13 10:00（2026-11-14 02:00经接口推送获知）".
/// </summary>
internal static class SilenceEvidence
{
    public static string LastSeen(AccountState state)
    {
        if (state.LastPostAt is { } last)
        {
            return $"最近一次更新于{Beijing(last)}" + (state.LastPostSeen is { } seen ? $"（{Beijing(seen.At)}{Learned(seen.Source)}）" : "");
        }

        return "开设以来无任何更新" + (state.LastObserved is { } o ? $"（{Beijing(o.At)}{Looked(o.Source)}，未见任何发布）" : "");
    }

    public static string Learned(ObservationSource source) => source switch
    {
        ObservationSource.Probe => "经采集获知",
        ObservationSource.Inspection => "经抽查获知",
        _ => "经接口推送获知",
    };

    private static string Looked(ObservationSource source) => source switch
    {
        ObservationSource.Probe => "采集读取该账号",
        ObservationSource.Inspection => "抽查该账号",
        _ => "接口推送",
    };

    private static string Beijing(DateTimeOffset instant) =>
        BeijingTime.ToBeijing(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
