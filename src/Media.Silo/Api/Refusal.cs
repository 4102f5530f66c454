namespace Media.Silo.Api;

/// <summary>Why a step shared by the API and the web pages did not happen; the API maps each to its status code.</summary>
public enum Refusal
{
    None,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}
