namespace Media.Abstractions.Monitoring;

/// <summary>The three steps of a rectification.</summary>
public enum RectificationStepKind
{
    Notice = 0,
    Response = 1,
    Verify = 2,
}

/// <summary>One rectification step as a caller asks for it; the fields that do not belong to the step are null.</summary>
[GenerateSerializer, Immutable, Alias("media.rectification-step")]
public sealed record RectificationStep(
    [property: Id(0)] RectificationStepKind Kind,
    [property: Id(1)] string Actor,
    [property: Id(2)] DateOnly? Deadline = null,
    [property: Id(3)] string? Text = null,
    [property: Id(4)] string? EvidenceUrl = null,
    [property: Id(5)] bool? Resolved = null);
