namespace Media.Domain.Units;

/// <summary>Outcome of checking a 统一社会信用代码, first failure wins in declaration order.</summary>
public enum UsccCheck
{
    Valid,
    Empty,
    WrongLength,
    InvalidCharacter,

    /// <summary>Positions 3–8 (the administrative region code) are not six digits.</summary>
    WrongRegion,

    /// <summary>Position 17, the check character of the embedded GB 11714 organisation code, is wrong.</summary>
    WrongOrganizationCheck,

    /// <summary>Position 18, the GB 32100 check character of the whole code, is wrong.</summary>
    WrongCheckCharacter,
}
