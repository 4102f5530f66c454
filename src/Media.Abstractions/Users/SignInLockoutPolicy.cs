namespace Media.Abstractions.Users;

/// <summary>When wrong passwords lock a user (<c>Auth:Lockout</c>): after <see cref="Failures"/> in a row, for <see cref="Duration"/>.</summary>
[GenerateSerializer, Immutable, Alias("media.sign-in-lockout-policy")]
public sealed record SignInLockoutPolicy([property: Id(0)] int Failures, [property: Id(1)] TimeSpan Duration);

/// <summary>A user as a sign-in sees it: the record (null for no such user) and, while locked, when the lockout ends.</summary>
[GenerateSerializer, Immutable, Alias("media.sign-in-check")]
public sealed record SignInCheck([property: Id(0)] UserRecord? User, [property: Id(1)] DateTimeOffset? LockedUntil);
