using System.Globalization;
using System.Text.RegularExpressions;
using Media.Abstractions.Monitoring;
using Media.Domain.Validation;

namespace Media.Application.Monitoring;

/// <summary>Checks pushed posts field by field and turns them into grain input.</summary>
public static partial class PostValidator
{
    /// <summary>Clock skew tolerated for a post dated slightly in the future.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IncomingPost? Validate(PostRequest post, string prefix, DateTimeOffset now, FieldErrors errors)
    {
        var before = errors.Count;
        errors.AddIfInvalid(prefix + "postId", FieldRules.Required(post.PostId, 128));
        var publishedAt = default(DateTimeOffset);
        if (!TryParseInstant(post.PublishedAt, out publishedAt))
        {
            errors.Add(prefix + "publishedAt", "发布时间须为带时区的 ISO 8601 时间，如 2026-11-26T09:30:00+08:00");
        }
        else if (publishedAt > now + FutureTolerance || publishedAt < Earliest)
        {
            errors.Add(prefix + "publishedAt", "发布时间不能晚于当前时间，也不能早于2000年");
        }

        if (post.Title is not null)
        {
            errors.AddIfInvalid(prefix + "title", FieldRules.Required(post.Title, 500));
        }

        if (post.Text is not null && post.Text.Length > 20_000)
        {
            errors.Add(prefix + "text", "正文不能超过20000个字符");
        }

        if (post.Url is not null)
        {
            errors.AddIfInvalid(prefix + "url", FieldRules.HttpUrl(post.Url));
        }

        foreach (var (name, value) in new[] { ("likes", post.Likes), ("comments", post.Comments), ("shares", post.Shares), ("reads", post.Reads) })
        {
            if (value < 0)
            {
                errors.Add(prefix + name, "不能为负数");
            }
        }

        return errors.Count > before
            ? null
            : new IncomingPost(post.PostId!.Trim(), publishedAt, post.Title?.Trim(), post.Text, post.Url?.Trim(),
                post.Repost ?? false, post.Likes, post.Comments, post.Shares, post.Reads);
    }

    /// <summary>An instant written as ISO 8601 with its offset (the form every pushed time takes), or false.</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset at)
    {
        at = default;
        return text is not null && Instant().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out at);
    }

    // Date, time and an explicit offset (or Z): a local time without offset is ambiguous, so refused.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Instant();
}
