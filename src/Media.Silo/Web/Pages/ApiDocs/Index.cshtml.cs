using Media.Silo.Operations;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;

namespace Media.Silo.Web.Pages.ApiDocs;

/// <summary>The OpenAPI document as a page: every path with its operations, for people who read rather than generate clients.</summary>
public sealed class IndexModel([FromKeyedServices(OpenApiSetup.DocumentName)] IOpenApiDocumentProvider documents) : PageModel
{
    /// <summary>One operation: method, path, its summary or handler name, and its parameters.</summary>
    public sealed record Operation(string Method, string Path, string? Summary, IReadOnlyList<string> Parameters, bool HasBody);

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public string Version { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        Version = document.Info.Version ?? "";
        Operations =
        [
            .. from path in document.Paths
               from op in path.Value.Operations ?? []
               orderby path.Key, op.Key.Method
               select new Operation(op.Key.Method, path.Key, op.Value.Summary ?? op.Value.OperationId,
                   [.. (op.Value.Parameters ?? []).Select(p => $"{p.Name}（{InName(p.In)}{(p.Required ? "，必填" : "")}）")],
                   op.Value.RequestBody is not null),
        ];
    }

    private static string InName(Microsoft.OpenApi.ParameterLocation? location) => location switch
    {
        Microsoft.OpenApi.ParameterLocation.Path => "路径",
        Microsoft.OpenApi.ParameterLocation.Query => "查询",
        Microsoft.OpenApi.ParameterLocation.Header => "请求头",
        _ => "其他",
    };
}
