namespace Media.Silo.Tests.Security;

/// <summary>Who sends a request in the access matrix.</summary>
public enum Caller
{
    Anonymous,
    Admin,
    CitySupervisor,
    UnitA,
    UnitB,
}

/// <summary>The class of answer a request must get.</summary>
public enum Expect
{
    /// <summary>401.</summary>
    Unauthorized,

    /// <summary>403 or 404.</summary>
    Denied,

    /// <summary>2xx.</summary>
    Allowed,

    /// <summary>403 or 404, or a 2xx listing with no items: a filter outside the caller's reach shows nothing.</summary>
    DeniedOrEmpty,

    /// <summary>400, 403 or 404: a bulk import reports a row outside the caller's reach among its row errors.</summary>
    Refused,
}
