using System.IO.Compression;
using Npgsql;
using Zendesk.Singer.Target.Batches;

namespace Zendesk.Singer.Target.Dialects.Postgres;

/// <summary>
/// Batch files sent to PostgreSQL by COPY: every line, as it is (decompressed here), becomes one jsonb
/// value of a temporary table, which PostgreSQL parses; columns are then taken out of it by SQL. The
/// lines go in COPY's binary format, each framed by its length, so no byte of a line is read as
/// anything but its text and nothing is decoded or escaped on the way. The lines of a load of several
/// BATCH messages that give their rows different values carry the index of their message's part.
/// </summary>
internal static class PostgresFileCopy
{
    private const string Lines = "tw_lines";

    /// <summary>The part a line comes from, over the relation <see cref="CopyAsync"/> gives a load of several parts.</summary>
    public const string Part = "f.part";


    public static async Task<string> CopyAsync(NpgsqlConnection connection, SqlSession session, FileLoad load, CancellationToken cancellationToken)
    {
        var parted = load.PartsDiffer;
        await session.ExecuteAsync($"CREATE TEMPORARY TABLE {Lines} (line jsonb{(parted ? ", part integer" : string.Empty)}) ON COMMIT DROP", cancellationToken);
        for (var part = 0; part < load.Parts.Count; part++)
        {
            foreach (var path in load.Parts[part].Files)
            {
                await using var copy = await connection.BeginRawBinaryCopyAsync($"COPY {Lines} (line{(parted ? ", part" : string.Empty)}) FROM STDIN (FORMAT binary)", cancellationToken);
                var index = parted ? part : (int?)null;
                await Task.Run(() => WriteLines(path, load.Gzip, index, copy, cancellationToken), cancellationToken);
            }
        }

        return $"{Lines} AS f";
    }

    /// <param name="part">The part index written beside each line, or null for lines alone.</param>
    private static void WriteLines(string path, bool gzip, int? part, Stream copy, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using Stream source = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var writer = new BinaryCopyWriter(copy);
        writer.WriteHeader();
        var lines = new JsonLineSplitter(source);
        var count = 0;
        while (lines.TryRead(out var line))
        {
            if (line.Trim(" \t"u8).IsEmpty)
            {
                // A blank line between records holds no record.
                continue;
            }

            if (++count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            writer.StartRow(part is null ? 1 : 2);
            writer.Jsonb(line);
            if (part is { } index)
            {
                writer.Int32(index);
            }

            if (writer.IsFull)
            {
                writer.Flush();
            }
        }

        // Flushed, not disposed: the COPY ends when its own stream is disposed.
        writer.WriteTrailer();
        writer.Flush();
    }

    public static string Value(IReadOnlyList<string> path, ColumnType type)
    {
        var parents = string.Concat(path.Take(path.Count - 1).Select(p => " -> " + SqlText.Literal(p)));
        var last = SqlText.Literal(path[^1]);
        var text = $"(f.line{parents} ->> {last})";
        return type.Kind switch
        {
            ColumnKind.Json => $"nullif(f.line{parents} -> {last}, 'null'::jsonb)",
            ColumnKind.Text => text,
            ColumnKind.BigInt => $"{text}::numeric::bigint",
            ColumnKind.Decimal => $"round({text}::numeric, {type.Scale})::{PostgresTypes.SqlType(type)}",
            ColumnKind.Date => $"left({text}, 10)::date",
            _ => $"{text}::{PostgresTypes.SqlType(type)}",
        };
    }
}
