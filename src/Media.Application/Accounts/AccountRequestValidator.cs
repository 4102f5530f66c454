using Media.Abstractions.Accounts;
using Media.Domain.Accounts;
using Media.Domain.Filing;
using Media.Domain.Regions;
using Media.Domain.Units;
using Media.Domain.Validation;

namespace Media.Application.Accounts;

/// <summary>Checks filing requests field by field and turns valid ones into grain commands.</summary>
public static class AccountRequestValidator
{
    public const int MaxNameLength = 100;
    public const int MaxTextLength = 500;
    public const int MaxContactNameLength = 50;

    /// <summary>The errors of an opening request (prefixed for import rows), or none and its command.</summary>
    public static OpenAccountCommand? Validate(FileAccountRequest body, string actor, FieldErrors errors, string prefix = "")
    {
        errors.AddIfInvalid(prefix + "unitCode", UnifiedSocialCreditCode.Validate(body.UnitCode));
        if (body.Platform == Platforms.Website)
        {
            errors.Add(prefix + "platform", "政府网站不按账号备案，请通过网站备案（/api/websites）办理");
        }
        else if (!Platforms.IsKnown(body.Platform))
        {
            errors.Add(prefix + "platform", "平台须为以下之一：" + Platforms.NameList);
        }

        errors.AddIfInvalid(prefix + "handle", PlatformHandles.Validate(body.Platform, body.Handle));
        errors.AddIfInvalid(prefix + "name", FieldRules.Required(body.Name, MaxNameLength));
        OptionalUrl(errors, prefix + "url", body.Url);
        OptionalUrl(errors, prefix + "feedUrl", body.FeedUrl);
        errors.AddIfInvalid(prefix + "openedOn", FieldRules.Date(body.OpenedOn, out var openedOn));
        if (body.Interaction is null)
        {
            errors.Add(prefix + "interaction", "请说明账号是否提供留言、评论或私信等互动功能");
        }

        var responsible = Contact(body.Responsible, errors, prefix + "responsible");
        var @operator = Operator(body.Operator, errors, prefix + "operator");
        var approval = Approval(body.Approval, errors, prefix + "approval");
        if (body.ExceptionReason is not null)
        {
            errors.AddIfInvalid(prefix + "exceptionReason", FieldRules.RequiredText(body.ExceptionReason, MaxTextLength));
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var profile = new AccountProfile(body.Name!.Trim(), Trim(body.Url), Trim(body.FeedUrl), body.Interaction!.Value,
            responsible!, @operator);
        return new OpenAccountCommand(UnifiedSocialCreditCode.Normalize(body.UnitCode!), profile, openedOn, approval,
            Trim(body.ExceptionReason), actor);
    }

    /// <summary>The errors of a change/close/cancel request, or none and its command.</summary>
    public static LifecycleCommand? Validate(LifecycleRequest body, string actor, FieldErrors errors)
    {
        if (!LifecycleKinds.IsKnown(body.Kind))
        {
            errors.Add("kind", "备案类型须为 change（变更）、close（关停）或 cancel（注销）");
        }

        errors.AddIfInvalid("effectiveOn", FieldRules.Date(body.EffectiveOn, out var effectiveOn));
        if (body.Reason is not null)
        {
            errors.AddIfInvalid("reason", FieldRules.RequiredText(body.Reason, MaxTextLength));
        }

        AccountChanges? changes = null;
        if (body.Changes is { } c)
        {
            if (c.Name is not null)
            {
                errors.AddIfInvalid("changes.name", FieldRules.Required(c.Name, MaxNameLength));
            }

            OptionalUrl(errors, "changes.url", c.Url);
            OptionalUrl(errors, "changes.feedUrl", c.FeedUrl);
            changes = new AccountChanges(Trim(c.Name), Trim(c.Url), Trim(c.FeedUrl), c.Interaction, null,
                Operator(c.Operator, errors, "changes.operator"), ContactChanges(c.Responsible, errors, "changes.responsible"),
                Approval(c.Approval, errors, "changes.approval"));
        }

        if (body.Kind == LifecycleKinds.Change && (changes is null || changes.IsEmpty))
        {
            errors.Add("changes", "变更备案须说明变更内容");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var kind = body.Kind switch
        {
            LifecycleKinds.Change => FilingKind.Change,
            LifecycleKinds.Close => FilingKind.Close,
            _ => FilingKind.Cancel,
        };
        return new LifecycleCommand(kind, effectiveOn, changes, Trim(body.Reason), actor);
    }

    internal static ContactPerson? Contact(ContactRequest? contact, FieldErrors errors, string field)
    {
        if (contact is null)
        {
            errors.Add(field, "请填写负责人姓名、电话和邮箱");
            return null;
        }

        var before = errors.Count;
        errors.AddIfInvalid(field + ".name", FieldRules.Required(contact.Name, MaxContactNameLength));
        errors.AddIfInvalid(field + ".phone", FieldRules.Phone(contact.Phone));
        errors.AddIfInvalid(field + ".email", FieldRules.Email(contact.Email));
        return errors.Count > before ? null : new ContactPerson(contact.Name!.Trim(), contact.Phone!.Trim(), contact.Email!.Trim());
    }

    // A change names only the person's details that changed; each one given is checked as at opening.
    private static ContactChanges? ContactChanges(ContactRequest? contact, FieldErrors errors, string field)
    {
        if (contact is null)
        {
            return null;
        }

        if (contact.Name is null && contact.Phone is null && contact.Email is null)
        {
            errors.Add(field, "请填写有变化的负责人姓名、电话或邮箱；不变的项目不填");
            return null;
        }

        if (contact.Name is not null)
        {
            errors.AddIfInvalid(field + ".name", FieldRules.Required(contact.Name, MaxContactNameLength));
        }

        if (contact.Phone is not null)
        {
            errors.AddIfInvalid(field + ".phone", FieldRules.Phone(contact.Phone));
        }

        if (contact.Email is not null)
        {
            errors.AddIfInvalid(field + ".email", FieldRules.Email(contact.Email));
        }

        return new ContactChanges(Trim(contact.Name), Trim(contact.Phone), Trim(contact.Email));
    }

    private static OperatorRecord? Operator(OperatorRequest? value, FieldErrors errors, string field)
    {
        if (value is null)
        {
            return null;
        }

        errors.AddIfInvalid(field + ".name", FieldRules.Required(value.Name, MaxNameLength));
        if (value.Contact is not null)
        {
            errors.AddIfInvalid(field + ".contact", FieldRules.Required(value.Contact, 100));
        }

        return value.Name is null ? null : new OperatorRecord(value.Name.Trim(), Trim(value.Contact));
    }

    private static ApprovalRecord? Approval(ApprovalRequest? value, FieldErrors errors, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (!RegionCode.TryParse(value.Authority, out _))
        {
            errors.Add(field + ".authority", "审批机关须为其办公厅（室）所在地的6位行政区划代码，如 440000");
        }

        errors.AddIfInvalid(field + ".documentNo", FieldRules.Required(value.DocumentNo, 100));
        errors.AddIfInvalid(field + ".approvedOn", FieldRules.Date(value.ApprovedOn, out var approvedOn));
        return errors.IsEmpty ? new ApprovalRecord(value.Authority!, value.DocumentNo!.Trim(), approvedOn) : null;
    }

    private static void OptionalUrl(FieldErrors errors, string field, string? url)
    {
        if (url is not null)
        {
            errors.AddIfInvalid(field, FieldRules.HttpUrl(url));
        }
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
