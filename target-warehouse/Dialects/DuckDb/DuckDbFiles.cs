using System.Data;
using System.Globalization;
using DuckDB.NET.Data;

namespace Zendesk.Singer.Target.Dialects.DuckDb;

/// <summary>
/// Opens a DuckDB file attached to an in-memory DuckDB rather than as its main database, since only
/// an attached file takes a row-group size (see <see cref="DuckDbSettings.RowGroupRows"/>). DuckDB.NET
/// gives every connection to a file opened by its path the same DuckDB, and a file must never be
/// opened by two DuckDBs at once: connections of one process to a file opened here are duplicates of
/// the first one still open, so that they share its DuckDB and see each other's commits.
/// </summary>
internal static class DuckDbFiles
{
    private static readonly Dictionary<string, List<DuckDBConnection>> OpenFiles = new(StringComparer.Ordinal);

    /// <summary>Whether a connection of this process has <paramref name="path"/> open.</summary>
    public static bool IsOpen(string path)
    {
        lock (OpenFiles)
        {
            return OpenFiles.ContainsKey(Path.GetFullPath(path));
        }
    }

    /// <summary>An open connection to <paramref name="path"/>, whose catalog is the file's.</summary>
    /// <param name="rowGroupRows">The row-group size new rows are written in, when this opens the file; DuckDB's own without it.</param>
    /// <param name="memoryLimitBytes">DuckDB's memory limit from the moment it opens the file, for the write-ahead log it replays then.</param>
    public static async Task<DuckDBConnection> ConnectAsync(string path, int? rowGroupRows, long? memoryLimitBytes, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        DuckDBConnection connection;
        lock (OpenFiles)
        {
            var shared = OpenFiles.TryGetValue(fullPath, out var open);
            connection = shared ? open![0].Duplicate() : new DuckDBConnection(DuckDbSettings.ConnectionString(memoryLimitBytes));
            try
            {
                connection.Open();
                if (!shared)
                {
                    Attach(connection, fullPath, rowGroupRows);
                }
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            Track(fullPath, connection);
        }

        try
        {
            await using var use = connection.CreateCommand();
            use.CommandText = $"USE {Catalog(fullPath)}";
            await use.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The catalog the file is attached as: its name without the extension, as DuckDB names a file it
    /// opens, unless that is one of DuckDB's own catalogs.
    /// </summary>
    private static string Catalog(string fullPath)
    {
        var name = Path.GetFileNameWithoutExtension(fullPath);
        return Mapping.Identifiers.Quote(name is "memory" or "system" or "temp" or "" ? name + "_file" : name);
    }

    private static void Attach(DuckDBConnection connection, string fullPath, int? rowGroupRows)
    {
        using var command = connection.CreateCommand();

        // An in-memory DuckDB spills to .tmp in the working directory; the file's DuckDB spilled beside it.
        command.CommandText = $"SET temp_directory = {SqlText.Literal(fullPath + ".tmp")}";
        command.ExecuteNonQuery();
        var options = rowGroupRows is { } rows ? string.Create(CultureInfo.InvariantCulture, $" (ROW_GROUP_SIZE {rows})") : string.Empty;
        command.CommandText = $"ATTACH {SqlText.Literal(fullPath)} AS {Catalog(fullPath)}{options}";
        command.ExecuteNonQuery();
    }

    /// <summary>Keeps the connection listed while it is open, so that the next one to the file duplicates it.</summary>
    private static void Track(string fullPath, DuckDBConnection connection)
    {
        if (!OpenFiles.TryGetValue(fullPath, out var open))
        {
            open = [];
            OpenFiles.Add(fullPath, open);
        }

        open.Add(connection);
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState != ConnectionState.Open)
            {
                lock (OpenFiles)
                {
                    if (open.Remove(connection) && open.Count == 0)
                    {
                        OpenFiles.Remove(fullPath);
                    }
                }
            }
        };
    }
}
