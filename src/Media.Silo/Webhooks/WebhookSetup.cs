using Media.Domain.Regions;
using Media.Grains.Alerts.Webhooks;
using Microsoft.Extensions.Options;

namespace Media.Silo.Webhooks;

/// <summary>The group robots and webhooks of <c>Webhooks:Targets</c>: their validation, the composer and the sender.</summary>
public static class WebhookSetup
{
    public static WebApplicationBuilder AddMediaWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        builder.Services.AddSingleton<IWebhookComposer, WebhookComposer>();
        builder.Services.AddSingleton<IWebhookDelivery, WebhookSender>();
        return builder;
    }
}

/// <summary>Every bad target at once, each named by its place in the list.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var problems = new List<string>();
        if (options.Timeout <= TimeSpan.Zero)
        {
            problems.Add("Webhooks:Timeout must be positive");
        }

        if (options.BatchSize <= 0)
        {
            problems.Add("Webhooks:BatchSize must be positive");
        }

        for (var i = 0; i < options.Targets.Count; i++)
        {
            var t = options.Targets[i];
            var at = $"Webhooks:Targets:{i}";
            if (!RegionCode.TryParse(t.Office, out _))
            {
                problems.Add($"{at}:Office must be the region code of an office, e.g. 440100");
            }

            if (!WebhookTarget.Kinds.Contains(t.Kind))
            {
                problems.Add($"{at}:Kind must be one of {string.Join(", ", WebhookTarget.Kinds)}");
            }

            if (!Uri.TryCreate(t.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                problems.Add($"{at}:Url must be an absolute http(s) URL");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
