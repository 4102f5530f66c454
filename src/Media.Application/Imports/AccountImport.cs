using Media.Application.Accounts;
using Media.Domain.Accounts;
using Media.Domain.Filing;
using Microsoft.Extensions.Logging;

namespace Media.Application.Imports;

/// <summary><c>POST /api/imports/accounts</c>: a sheet of accounts, each row shaped like <c>POST /api/accounts</c>.</summary>
public static class AccountImport
{
    internal static ImportKind<FileAccountRequest> Kind { get; } = new("账号", "handle", IdOf, Read,
        (_, filed, wanted) => ImportChanges.Account(filed, wanted));

    public static Task<Outcome<ImportResult>> RunAsync(Caller caller, ImportAccountsRequest body, IGrainFactory grains,
        FilingRuleOptions rules, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken,
        IProgress<ImportProgress>? progress = null) =>
        SheetImport.RunAsync(caller, new SheetImport.Sheet<FileAccountRequest>(WithPlatformIds(body.Rows), body.DryRun, body.OnExisting), Kind,
            grains, rules, now, logger, progress, cancellationToken);

    // A sheet names platforms as people do (视频号, 微博); the rows are filed under their ids.
    private static List<FileAccountRequest?>? WithPlatformIds(IReadOnlyList<FileAccountRequest?>? rows) =>
        rows?.Select(r => r is null ? null : r with { Platform = Platforms.FromName(r.Platform) }).ToList();

    // The id is worked out even when other fields are wrong, so the report can name the account.
    private static string? IdOf(FileAccountRequest row) =>
        Platforms.IsKnown(row.Platform) && AccountKey.ValidateHandle(row.Handle) is null ? AccountKey.For(row.Platform!, row.Handle!) : null;

    private static ImportableRow? Read(FileAccountRequest row, string actor, DateOnly today, Domain.Validation.FieldErrors errors) =>
        AccountRequestValidator.Validate(row, actor, errors) is { } command ? new ImportableRow(command.UnitCode, command.OpenedOn, _ => command) : null;
}
