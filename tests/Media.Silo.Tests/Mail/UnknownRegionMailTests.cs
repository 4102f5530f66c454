using System.Text.Json.Nodes;
using Media.Abstractions.Alerts;
using Media.Silo.Tests.Infrastructure;
using Media.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Media.Silo.Tests.Mail;

/// <summary>
/// A region code the catalog no longer holds (the catalog was edited after the unit was created, as a GB/T 2260 revision
/// abolishes codes) is named by its code in the mails, which are still built and sent.
/// </summary>
public sealed class UnknownRegionMailTests
{
    private const string Yuexiu = "440104";

    [Fact]
    public async Task A_unit_whose_region_left_the_catalog_is_mailed_with_the_region_code_and_the_unit_name()
    {
        // One folder for the store both silos open and the edited silo-config the second one reads.
        using var work = new TempDirectory("media-unknown-region");
        var dataDir = Path.Combine(work.Path, "data");
        var configDir = Path.Combine(work.Path, "silo-config");
        await using var smtp = new SmtpSink();
        string unit, supervisor;
        await using (var first = MailSilo.For(smtp.Port, new FakeTimeProvider(MailSilo.Now), dataDir))
        {
            using var admin = await first.AdminAsync();
            supervisor = await MailSilo.SupervisorAsync(admin, "440100", "广州市政务公开办");
            unit = await admin.CreateUnitAsync(Yuexiu, "county", "government");
            await MailSilo.SilentAccountAsync(admin, unit, "lisi@yuexiu.example.gov.cn");
        }

        WriteConfigWithout(configDir, Yuexiu);
        var second = MailSilo.For(smtp.Port, new FakeTimeProvider(MailSilo.Now), dataDir);
        second.Settings["Media:ConfigDir"] = configDir;
        await using (second)
        {
            using var admin = await second.AdminAsync();
            await MailSilo.SweepAsync(admin);
            var alert = (await smtp.WaitForAsync(2)).Single(m => m.Envelope.Contains(supervisor)).Message;

            Assert.Contains($"所在地区：{Yuexiu}\n", alert.TextBody, StringComparison.Ordinal);
            Assert.Contains($"主办单位：{MailSilo.UnitName(unit)}（{unit}）", alert.TextBody, StringComparison.Ordinal);

            await second.Grains.GetGrain<IMailDispatcherGrain>(0).QueueDigestsAsync(new DateOnly(2026, 11, 26));
            var digest = (await smtp.WaitForAsync(3)).Single(m => m.Message.Headers["X-Media-Digest"] is not null).Message;
            Assert.Contains($"，{MailSilo.UnitName(unit)}（{Yuexiu}）：", digest.TextBody, StringComparison.Ordinal);
            await MailSilo.DrainAsync(second, admin);
        }
    }

    // The repository's silo-config, with one code taken out of its region catalog.
    private static void WriteConfigWithout(string configDir, string code)
    {
        var source = RepositoryRoot.File("silo-config");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(configDir, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var catalog = Path.Combine(configDir, "regions", "regions.json");
        var json = JsonNode.Parse(File.ReadAllText(catalog))!.AsObject();
        Assert.True(json["regions"]!.AsObject().Remove(code));
        File.WriteAllText(catalog, json.ToJsonString());
    }
}
