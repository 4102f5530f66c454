using Media.Silo.Api;
using Media.Silo.Api.Accounts;
using Media.Silo.Api.Units;
using Media.Silo.Api.Users;
using Media.Silo.Auth;
using Media.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddMediaConfiguration();
builder.AddMediaDomain();
builder.AddMediaOrleans();
builder.AddMediaAuth();
builder.AddMediaApi();

var app = builder.Build();

app.UseMediaApi();
app.MapHealthApi();
app.MapAuthApi();
app.MapUsersApi();
app.MapUnitsApi();
app.MapAccountsApi();

app.Run();

/// <summary>Exposed so tests can host the silo with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
