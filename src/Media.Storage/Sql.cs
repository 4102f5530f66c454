using System.Data.Common;
using System.Globalization;

namespace Media.Storage;

/// <summary>The few ADO.NET helpers Media's own tables share, written once for SQLite and PostgreSQL alike.</summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// One statement run for many rows: its parameters are made once and only their values change, so the
    /// statement is prepared once per transaction instead of once per row.
    /// </summary>
    public static (DbCommand Command, DbParameter[] Parameters) Repeated(DbConnection connection, DbTransaction transaction, string text,
        params string[] names)
    {
        var command = Command(connection, transaction, text);
        var parameters = names.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        return (command, parameters);
    }

    /// <summary>Sets the values of a <see cref="Repeated"/> statement's parameters, in order.</summary>
    public static void Set(DbParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>Instants are stored as UTC round-trip text, so text order is time order.</summary>
    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
