using Media.Domain.Units;

namespace Media.Domain.Filing;

/// <summary>
/// A unit that in principle does not open accounts (<see cref="ApprovalRouting.IsLevelPermitted"/>) may still
/// do so by exception, but must say why: without a reason the opening is refused, with one it is filed and
/// the exception is recorded as a finding.
/// </summary>
public static class ExceptionReason
{
    /// <summary>The refusal shown on the exception-reason field.</summary>
    public const string Message = "县级政府部门及乡镇（街道）原则上不单独开设政务新媒体，确需开设的请填写例外理由";

    /// <summary>True when the unit needs an exception reason and none (or only blanks) was given.</summary>
    public static bool IsMissing(UnitLevel level, UnitKind kind, string? reason) =>
        !ApprovalRouting.IsLevelPermitted(level, kind) && string.IsNullOrWhiteSpace(reason);
}
