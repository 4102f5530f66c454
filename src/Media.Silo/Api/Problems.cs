namespace Media.Silo.Api;

/// <summary>RFC 7807 problem results with Chinese titles, as every error of the API is answered.</summary>
public static class Problems
{
    public static IResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "请求内容有误");

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到");

    public static IResult Conflict(string detail, string title = "已存在") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: title);

    /// <summary>The answer to a step shared with the web pages that did not happen.</summary>
    public static IResult For(Refusal refusal, string? message, Media.Domain.Validation.FieldErrors errors, string conflictTitle = "已存在") =>
        refusal switch
        {
            Refusal.Invalid => Validation(errors.ToDictionary()),
            Refusal.NotFound => NotFound(message!),
            Refusal.Forbidden => Forbidden(message!),
            Refusal.Conflict => Conflict(message!, conflictTitle),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "not a refusal"),
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
}
