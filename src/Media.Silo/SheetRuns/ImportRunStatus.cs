using Media.Application.Imports;

namespace Media.Silo.SheetRuns;

/// <summary>
/// <c>GET /api/imports/runs/{id}</c> (and the page's poll): a background import's state (<c>running</c>, <c>done</c>: <c>result</c> holds what the
/// synchronous import answers; <c>refused</c>: <c>problem</c> holds the 400 it answers, rows and all; <c>failed</c>: an error
/// cut the run off, <c>error</c> says so), its stage (<c>检查</c>, <c>备案</c>) and that stage's rows done out of its total.
/// </summary>
public sealed record ImportRunStatus(string Id, string State, string Stage, int Done, int Total, ImportResult? Result,
    ImportRunProblem? Problem, string? Error)
{
    public static ImportRunStatus Of(ImportRun run)
    {
        var progress = run.Progress;
        var outcome = run.Outcome;
        var state = !run.IsFinished ? "running" : outcome is null ? "failed" : outcome.IsDone ? "done" : "refused";
        var problem = outcome is { IsDone: false } ? new ImportRunProblem(StatusCodes.Status400BadRequest, "请求内容有误", outcome.Refusal.Message,
            outcome.Refusal.Errors, outcome.Refusal.Extensions?.GetValueOrDefault("rows") as IReadOnlyList<RowProblem>) : null;
        return new ImportRunStatus(run.Id, state, progress.Stage, progress.Done, progress.Total,
            outcome is { IsDone: true } ? outcome.Value : null, problem, run.Error);
    }
}

/// <summary>The problem details a synchronous import answers when it refuses the sheet.</summary>
public sealed record ImportRunProblem(int Status, string Title, string Detail, IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<RowProblem>? Rows);
