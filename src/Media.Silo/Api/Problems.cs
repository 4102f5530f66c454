using Media.Application;

namespace Media.Silo.Api;

/// <summary>RFC 7807 problem results with Chinese titles, as every error of the API is answered.</summary>
public static class Problems
{
    private const string ValidationTitle = "请求内容有误";
    private const string ExistsTitle = "已存在";

    public static IResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: ValidationTitle);

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到");

    public static IResult Conflict(string detail, string title = ExistsTitle) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    /// <summary>The API's answer to a use case's refusal: the one place a refusal kind becomes a status code.</summary>
    public static IResult For(Refusal refusal) => refusal.Kind switch
    {
        // A refusal with grouped details (an import's rows) states its message too; plain field errors do not.
        RefusalKind.Invalid => TypedResults.ValidationProblem(refusal.Errors.ToDictionary(), title: ValidationTitle,
            detail: refusal.Extensions is null ? null : refusal.Message, extensions: refusal.Extensions?.ToDictionary()),
        RefusalKind.NotFound => NotFound(refusal.Message),
        RefusalKind.Forbidden => Forbidden(refusal.Message),
        RefusalKind.Conflict => Conflict(refusal.Message, refusal.Title ?? ExistsTitle),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.Kind, "not a refusal kind"),
    };

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "无权操作");

    public static IResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "未登录或登录已失效");

    public static IResult UnsupportedMediaType() =>
        TypedResults.Problem("请求体须为 application/json", statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "不支持的内容类型");

    public static IResult TooLarge(int maxBytes) =>
        TypedResults.Problem($"请求体不得超过 {maxBytes} 字节", statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "请求体过大");

    /// <summary>429 with <c>Retry-After</c> in whole seconds.</summary>
    public static IResult TooManyRequests(HttpContext context, string detail, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "请求过于频繁");
    }
}
