namespace Media.Application.Imports;

/// <summary>
/// How far an import has come: its stage (<see cref="Checking"/>: every row's record and unit looked up; <see cref="Filing"/>:
/// the checked rows filed), and the rows of that stage done out of its total.
/// </summary>
public sealed record ImportProgress(string Stage, int Done, int Total)
{
    public const string Checking = "检查", Filing = "备案";
}

/// <summary>
/// Counts a stage's rows as the parallel workers finish them and reports every <c>total / 100</c> rows (and the last), so a
/// sheet of 10,000 rows reports about a hundred times, not ten thousand.
/// </summary>
internal sealed class ProgressCounter
{
    private readonly IProgress<ImportProgress>? _progress;
    private readonly string _stage;
    private readonly int _total;
    private readonly int _step;
    private readonly Lock _gate = new();
    private int _done;

    public ProgressCounter(IProgress<ImportProgress>? progress, string stage, int total)
    {
        (_progress, _stage, _total, _step) = (progress, stage, total, Math.Max(1, total / 100));
        progress?.Report(new ImportProgress(stage, 0, total));
    }

    /// <summary>One more row done; safe from parallel workers, whose reports arrive in order (the counts never go back).</summary>
    public void Tick() => Advance(1);

    /// <summary><paramref name="rows"/> more rows done at once (a region's answer for the whole sheet), reported as one step.</summary>
    public void Advance(int rows)
    {
        lock (_gate)
        {
            var before = _done;
            _done += rows;
            if (_done / _step != before / _step || _done == _total)
            {
                _progress?.Report(new ImportProgress(_stage, _done, _total));
            }
        }
    }
}
