using System.Collections;
using System.Data.Common;
using System.Globalization;

namespace Media.Storage.Performance;

/// <summary>
/// The rows of a statement that has already run (its transaction committed), read back like a live reader. The
/// getters convert, as SQLite's own reader does: SQLite hands back INTEGER as Int64 whatever the caller asks for.
/// </summary>
internal sealed class RowsReader(string[] names, List<object[]> rows, int recordsAffected) : DbDataReader
{
    private int _row = -1;
    private bool _closed;

    /// <summary>Reads every row of <paramref name="reader"/>'s first result set.</summary>
    public static async Task<RowsReader> LoadAsync(DbDataReader reader)
    {
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return new RowsReader(names, rows, reader.RecordsAffected);
    }

    public override int Depth => 0;

    public override int FieldCount => names.Length;

    public override bool HasRows => rows.Count > 0;

    public override bool IsClosed => _closed;

    public override int RecordsAffected => recordsAffected;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read() => ++_row < rows.Count;

    public override Task<bool> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(Read());

    public override bool NextResult() => false;

    public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => Task.FromResult(false);

    public override void Close() => _closed = true;

    public override string GetName(int ordinal) => names[ordinal];

    public override int GetOrdinal(string name)
    {
        var at = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return at >= 0 ? at : throw new ArgumentOutOfRangeException(nameof(name), name, "no such column");
    }

    public override object GetValue(int ordinal) => rows[_row][ordinal];

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, names.Length);
        Array.Copy(rows[_row], values, count);
        return count;
    }

    public override bool IsDBNull(int ordinal) => GetValue(ordinal) is DBNull;

    public override Type GetFieldType(int ordinal) => rows.Count > 0 && rows[0][ordinal] is not DBNull ? rows[0][ordinal].GetType() : typeof(object);

    public override string GetDataTypeName(int ordinal) => GetFieldType(ordinal).Name;

    public override T GetFieldValue<T>(int ordinal)
    {
        var value = GetValue(ordinal);
        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value is DBNull ? default! : (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    public override bool GetBoolean(int ordinal) => Convert.ToBoolean(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override byte GetByte(int ordinal) => Convert.ToByte(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override char GetChar(int ordinal) => Convert.ToChar(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override DateTime GetDateTime(int ordinal) => Convert.ToDateTime(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override decimal GetDecimal(int ordinal) => Convert.ToDecimal(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override double GetDouble(int ordinal) => Convert.ToDouble(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override float GetFloat(int ordinal) => Convert.ToSingle(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override Guid GetGuid(int ordinal) => GetValue(ordinal) is Guid guid ? guid : Guid.Parse(GetString(ordinal));

    public override short GetInt16(int ordinal) => Convert.ToInt16(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override int GetInt32(int ordinal) => Convert.ToInt32(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override long GetInt64(int ordinal) => Convert.ToInt64(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override string GetString(int ordinal) => Convert.ToString(GetValue(ordinal), CultureInfo.InvariantCulture)!;

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        Copy((byte[])GetValue(ordinal), dataOffset, buffer, bufferOffset, length);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        Copy(GetString(ordinal).ToCharArray(), dataOffset, buffer, bufferOffset, length);

    public override IEnumerator GetEnumerator() => new DbEnumerator(this);

    private static long Copy<T>(T[] source, long offset, T[]? buffer, int bufferOffset, int length)
    {
        if (buffer is null)
        {
            return source.Length;
        }

        var count = (int)Math.Max(0, Math.Min(length, source.Length - offset));
        Array.Copy(source, offset, buffer, bufferOffset, count);
        return count;
    }
}
