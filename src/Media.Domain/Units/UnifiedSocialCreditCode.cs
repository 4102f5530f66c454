namespace Media.Domain.Units;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters identifying a unit. Positions 9–17 embed the
/// GB 11714 organisation code with its own mod-11 check, so both check characters are verified.
/// </summary>
public static class UnifiedSocialCreditCode
{
    /// <summary>The GB 32100 alphabet; I, O, Z, S and V are left out because they are easily misread.</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public const int Length = 18;

    private const string FieldName = "统一社会信用代码";

    private static readonly int[] CodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Trims and upper-cases, so codes typed in lower case are accepted.</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }

    /// <summary>Checks a code (normalising it first) and reports the first failure.</summary>
    public static UsccCheck Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return UsccCheck.Empty;
        }

        var normalized = Normalize(code);
        if (normalized.Length != Length)
        {
            return UsccCheck.WrongLength;
        }

        if (!normalized.All(c => Charset.Contains(c, StringComparison.Ordinal)))
        {
            return UsccCheck.InvalidCharacter;
        }

        if (normalized.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
        {
            return UsccCheck.WrongRegion;
        }

        if (ComputeOrganizationCheck(normalized.Substring(8, 8)) != normalized[16])
        {
            return UsccCheck.WrongOrganizationCheck;
        }

        return ComputeCheckCharacter(normalized[..17]) == normalized[17]
            ? UsccCheck.Valid
            : UsccCheck.WrongCheckCharacter;
    }

    /// <summary>Null when the code is valid, otherwise a message for the user that names the field.</summary>
    public static string? Validate(string? code) => Check(code) switch
    {
        UsccCheck.Valid => null,
        UsccCheck.Empty => $"{FieldName}不能为空",
        UsccCheck.WrongLength => $"{FieldName}应为{Length}位",
        UsccCheck.InvalidCharacter => $"{FieldName}只能包含数字和除 I、O、Z、S、V 以外的大写英文字母",
        UsccCheck.WrongRegion => $"{FieldName}第3至8位应为6位数字的行政区划代码",
        UsccCheck.WrongOrganizationCheck => $"{FieldName}内嵌组织机构代码校验码错误",
        UsccCheck.WrongCheckCharacter => $"{FieldName}第18位校验码错误",
        var other => throw new InvalidOperationException($"Unhandled check result {other}."),
    };

    /// <summary>The GB 32100 check character (position 18) for the first 17 characters.</summary>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Expected the first 17 characters of the code.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the GB 32100 alphabet.", nameof(first17));
            }

            sum += value * CodeWeights[i];
        }

        // 31 - (sum mod 31) lies in 1..31; 31 wraps to 0.
        return Charset[(31 - (sum % 31)) % 31];
    }

    /// <summary>The GB 11714 check character for an 8-character organisation code body.</summary>
    public static char ComputeOrganizationCheck(string body8)
    {
        ArgumentNullException.ThrowIfNull(body8);
        if (body8.Length != OrganizationWeights.Length)
        {
            throw new ArgumentException("Expected the 8-character organisation code body.", nameof(body8));
        }

        var sum = 0;
        for (var i = 0; i < body8.Length; i++)
        {
            var value = OrganizationValue(body8[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{body8[i]}' is not allowed in an organisation code.", nameof(body8));
            }

            sum += value * OrganizationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }

    /// <summary>Positions 3–8: the administrative region code of the registering authority.</summary>
    public static string RegionPart(string code)
    {
        var normalized = Normalize(code);
        if (normalized.Length < 8)
        {
            throw new ArgumentException("The code is too short to contain a region part.", nameof(code));
        }

        return normalized.Substring(2, 6);
    }

    // GB 11714 values: digits are themselves, letters A..Z are 10..35; -1 marks anything else.
    private static int OrganizationValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => -1,
    };
}
