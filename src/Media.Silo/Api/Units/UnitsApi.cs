using Media.Abstractions;
using Media.Abstractions.Index;
using Media.Abstractions.Units;
using Media.Domain.Regions;
using Media.Domain.Units;
using Media.Domain.Validation;
using Media.Grains;
using Media.Silo.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Silo.Api.Units;

/// <summary><c>/api/units</c>: register units (主办单位) and read one with its accounts.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/units").RequireAuthorization();
        group.MapPost("/", CreateAsync);
        group.MapGet("/{code}", GetAsync);
        return routes;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IGrainFactory grains, RegionCatalog regions,
        [FromKeyedServices(MediaClock.Key)] TimeProvider clock)
    {
        var caller = Caller.From(context.User);
        if (caller.IsUnit)
        {
            return Problems.Forbidden("单位用户不能登记单位");
        }

        var (body, problem) = await JsonRequest.ReadAsync<CreateUnitRequest>(context.Request, 16 * 1024);
        if (body is null)
        {
            return problem!;
        }

        var created = await CreateUnitAsync(caller, body, grains, regions, clock);
        return created.Refusal switch
        {
            Refusal.None => TypedResults.Created($"/api/units/{created.Unit!.Code}", ToView(created.Unit, regions, [])),
            _ => Problems.For(created.Refusal, created.Message, created.Errors),
        };
    }

    /// <summary>A unit registration's outcome: the unit, or why not.</summary>
    public sealed record Created(Refusal Refusal, string? Message, FieldErrors Errors, UnitRecord? Unit);

    /// <summary>Registering a unit as the API and the admin page both do it: validation, the caller's reach, then the grain.</summary>
    public static async Task<Created> CreateUnitAsync(Caller caller, CreateUnitRequest body, IGrainFactory grains, RegionCatalog regions,
        TimeProvider clock)
    {
        if (caller.IsUnit)
        {
            return new Created(Refusal.Forbidden, "单位用户不能登记单位", new FieldErrors(), null);
        }

        var errors = Validate(body, regions);
        if (!errors.IsEmpty)
        {
            return new Created(Refusal.Invalid, "请按提示修改后重新提交", errors, null);
        }

        if (!caller.CoversRegion(body.RegionCode))
        {
            return new Created(Refusal.Forbidden, "该行政区划不在您的管辖范围内", errors, null);
        }

        var code = UnifiedSocialCreditCode.Normalize(body.Code!);
        var unit = new UnitRecord(code, body.Name!.Trim(), body.RegionCode!, body.Level!, body.Kind!,
            string.IsNullOrWhiteSpace(body.Email) ? null : body.Email.Trim(), clock.GetUtcNow());
        return await grains.Ref<IUnitGrain>(code).CreateAsync(unit)
            ? new Created(Refusal.None, null, errors, unit)
            : new Created(Refusal.Conflict, $"统一社会信用代码为 {code} 的单位已登记", errors, null);
    }

    private static async Task<IResult> GetAsync(string code, HttpContext context, IGrainFactory grains,
        RegionCatalog regions)
    {
        var caller = Caller.From(context.User);
        if (UnifiedSocialCreditCode.Validate(code) is not null)
        {
            return Problems.NotFound("单位不存在");
        }

        var normalized = UnifiedSocialCreditCode.Normalize(code);
        var unit = await grains.Ref<IUnitGrain>(normalized).GetAsync();
        if (unit is null || !caller.CoversUnit(unit.Code, unit.RegionCode))
        {
            return Problems.NotFound("单位不存在或不在您的管辖范围内");
        }

        var page = await grains.Ref<IRegionIndexGrain>(unit.RegionCode)
            .QueryAsync(new IndexQuery(null, null, unit.Code, null, int.MaxValue));
        return TypedResults.Ok(ToView(unit, regions, page.Items));
    }

    private static FieldErrors Validate(CreateUnitRequest body, RegionCatalog regions)
    {
        var errors = new FieldErrors();
        errors.AddIfInvalid("code", UnifiedSocialCreditCode.Validate(body.Code));
        errors.AddIfInvalid("name", FieldRules.Required(body.Name, 100));
        if (!RegionCode.TryParse(body.RegionCode, out var region) || !regions.IsKnown(region))
        {
            errors.Add("regionCode", "行政区划代码无效或不在区划表中");
        }

        if (!UnitLevels.TryParse(body.Level, out UnitLevel _))
        {
            errors.Add("level", "层级须为 province、city、county 或 township");
        }

        if (!UnitLevels.TryParse(body.Kind, out UnitKind _))
        {
            errors.Add("kind", "类型须为 government 或 department");
        }

        if (!string.IsNullOrWhiteSpace(body.Email))
        {
            errors.AddIfInvalid("email", FieldRules.Email(body.Email));
        }

        return errors;
    }

    private static UnitView ToView(UnitRecord unit, RegionCatalog regions, IReadOnlyList<IndexEntry> accounts) =>
        new(unit.Code, unit.Name, unit.RegionCode, regions.NameOf(RegionCode.Parse(unit.RegionCode)), unit.Level,
            unit.Kind, unit.Email, unit.CreatedAt, accounts);
}
