namespace Media.Application.Users;

/// <summary>Turns a new password into the hash a user record keeps (the host supplies the algorithm).</summary>
public interface IPasswordHashing
{
    string Hash(string username, string password);
}
