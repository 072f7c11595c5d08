using System.Data.Common;
using DuckDB.NET.Native;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>DuckDB refused rows handed to its appender; a database error like any other, so the load reports it the same way.</summary>
internal sealed class DuckDbAppendException(string message, DuckDBErrorType errorType) : DbException(message)
{
    /// <summary>What kind of error DuckDB gave: a key the table holds already is a constraint error.</summary>
    public DuckDBErrorType ErrorType { get; } = errorType;
}
