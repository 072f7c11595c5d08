using System.Globalization;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Dialects.Postgres;

/// <summary>
/// PostgreSQL's stages: one temporary table per target table, kept for the session and emptied for
/// each batch (TRUNCATE gives its space back), made again only when the batch's shape changes.
/// </summary>
internal sealed class PostgresStages(SqlSession session, Func<ColumnType, string> sqlType)
{
    private readonly Dictionary<string, (string Name, string Signature)> _stages = new(StringComparer.Ordinal);

    public async Task<string> PrepareAsync(TableDefinition table, CancellationToken cancellationToken)
    {
        var signature = SqlText.StageColumns(table, sqlType);
        string name;
        if (_stages.TryGetValue(table.Name, out var stage))
        {
            if (stage.Signature == signature)
            {
                return stage.Name;
            }

            name = stage.Name;
        }
        else
        {
            name = string.Create(CultureInfo.InvariantCulture, $"tw_stage_{_stages.Count + 1}");
        }

        await session.ExecuteAsync($"DROP TABLE IF EXISTS {Identifiers.Quote(name)}", cancellationToken);
        await session.ExecuteAsync($"CREATE TEMPORARY TABLE {Identifiers.Quote(name)} ({signature})", cancellationToken);
        _stages[table.Name] = (name, signature);
        return name;
    }

    public Task EmptyAsync(string stage, CancellationToken cancellationToken) =>
        session.ExecuteAsync($"TRUNCATE TABLE {Identifiers.Quote(stage)}", cancellationToken);
}
