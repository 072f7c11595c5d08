using System.Data.Common;
using System.Globalization;

namespace Zendesk.Singer.Target.Dialects;

/// <summary>
/// Statements on an engine's one connection: every command joins the transaction that is open, so
/// the parts of a batch's load, wherever they are written, commit or roll back together.
/// </summary>
internal sealed class SqlSession(DbConnection connection) : IAsyncDisposable
{
    private DbTransaction? _transaction;

    public DbConnection Connection { get; private set; } = connection;

    /// <summary>Moves the session to a connection opened in place of its own, which is closed.</summary>
    public void Reconnect(DbConnection replacement) => Connection = replacement;

    /// <summary>A command with positional parameters ($1, $2, ...) bound to <paramref name="values"/>.</summary>
    public DbCommand Command(string sql, params object?[] values)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var value in values)
        {
            var parameter = command.CreateParameter();
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public async Task<long> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var transaction = await Connection.BeginTransactionAsync(cancellationToken);
        _transaction = transaction;
        try
        {
            await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _transaction = null;
        }
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
