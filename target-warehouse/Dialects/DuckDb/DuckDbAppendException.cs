using System.Data.Common;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>DuckDB refused rows handed to its appender; a database error like any other, so the load reports it the same way.</summary>
internal sealed class DuckDbAppendException(string message) : DbException(message);
