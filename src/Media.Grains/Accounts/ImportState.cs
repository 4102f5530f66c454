using Media.Abstractions.Accounts;

namespace Media.Grains.Accounts;

/// <summary>What an import grain persists: its sheet's latest run.</summary>
[GenerateSerializer, Alias("media.import-state")]
public sealed class ImportState
{
    [Id(0)] public ImportRun? Run { get; set; }
}
