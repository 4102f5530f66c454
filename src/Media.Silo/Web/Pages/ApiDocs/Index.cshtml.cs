using Media.Silo.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;

namespace Media.Silo.Web.Pages.ApiDocs;

/// <summary>The OpenAPI document as a page: every path with its operations, by area, for people who read rather than generate clients.</summary>
public sealed class IndexModel([FromKeyedServices(OpenApiSetup.DocumentName)] IOpenApiDocumentProvider documents) : PageModel
{
    // The areas by the first segment after /api/; an area not named here shows its segment.
    private static readonly Dictionary<string, string> AreaNames = new(StringComparer.Ordinal)
    {
        ["accounts"] = "账号与备案", ["audit"] = "审计日志", ["auth"] = "登录与令牌", ["discoveries"] = "发现未备案账号",
        ["imports"] = "批量导入", ["mail"] = "邮件", ["monitoring"] = "监测", ["posts"] = "采集内容", ["probes"] = "采集",
        ["reports"] = "通报", ["samplings"] = "抽查", ["surveys"] = "摸底", ["sweeps"] = "巡检", ["units"] = "单位",
        ["users"] = "用户", ["violations"] = "问题与整改", ["websites"] = "政府网站",
    };

    /// <summary>One operation: method, path, its summary if the endpoint has one, and its parameters.</summary>
    public sealed record Operation(string Method, string Path, string? Summary, IReadOnlyList<string> Parameters);

    /// <summary>The operations by area, areas in path order.</summary>
    public IReadOnlyList<IGrouping<string, Operation>> Areas { get; private set; } = [];

    public int Count { get; private set; }

    public string Version { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        Version = document.Info.Version ?? "";
        var operations =
            from path in document.Paths
            from op in path.Value.Operations ?? []
            orderby path.Key, op.Key.Method
            select new Operation(op.Key.Method, path.Key, op.Value.Summary,
                [.. (op.Value.Parameters ?? []).Select(p => $"{p.Name}（{InName(p.In)}{(p.Required ? "，必填" : "")}）")]);
        Areas = [.. operations.GroupBy(o => AreaOf(o.Path))];
        Count = Areas.Sum(a => a.Count());
    }

    private static string AreaOf(string path)
    {
        var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault() ?? "";
        return AreaNames.TryGetValue(segment, out var name) ? name : segment;
    }

    private static string InName(Microsoft.OpenApi.ParameterLocation? location) => location switch
    {
        Microsoft.OpenApi.ParameterLocation.Path => "路径",
        Microsoft.OpenApi.ParameterLocation.Query => "查询",
        Microsoft.OpenApi.ParameterLocation.Header => "请求头",
        _ => "其他",
    };
}
