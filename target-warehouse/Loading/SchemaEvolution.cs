using System.Data.Common;
using Zendesk.Singer.Target.Batches;
using Zendesk.Singer.Target.Configuration;
using Zendesk.Singer.Target.Dialects;
using Zendesk.Singer.Target.Mapping;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// Keeps a stream's table in step with its schema: creates it, adds and widens columns (never drops
/// one), and refuses a changed key unless the table is empty or the stream is overwritten. Each
/// property keeps the column it was first given, as the warehouse's bookkeeping remembers it.
/// </summary>
/// <remarks>
/// All of it runs under the dialect's schema lock, and reads the table afresh first: another target
/// loading the same schema may have created or changed the table since it was last read.
/// </remarks>
internal sealed class SchemaEvolution(LoadSession session, string stream, string table)
{
    private TableInfo? _table;
    private bool _resetDone;

    public TableReset PendingReset { get; private set; }

    /// <summary>The table as the next load will find it.</summary>
    public TableInfo Current(TableDefinition definition) =>
        PendingReset == TableReset.Recreate || _table is null ? new TableInfo(definition.Columns, definition.PrimaryKey) : _table;

    /// <param name="build">Builds the mapping given the table's current column types (null: a fresh table) and the columns properties were given before.</param>
    /// <returns>The mapping and the primary key the table must have.</returns>
    public Task<(StreamMapping Mapping, IReadOnlyList<string> PrimaryKey)> ReconcileAsync(
        Func<IReadOnlyDictionary<string, ColumnType>?, IReadOnlyDictionary<string, string>, StreamMapping> build,
        LoadMethod method,
        bool versioned,
        long lineNumber,
        CancellationToken cancellationToken) =>
        GuardAsync("locking the schema for", ct => session.Dialect.UnderSchemaLockAsync(c => ReconcileLockedAsync(build, method, versioned, lineNumber, c), ct), cancellationToken);

    private async Task<(StreamMapping Mapping, IReadOnlyList<string> PrimaryKey)> ReconcileLockedAsync(
        Func<IReadOnlyDictionary<string, ColumnType>?, IReadOnlyDictionary<string, string>, StreamMapping> build,
        LoadMethod method,
        bool versioned,
        long lineNumber,
        CancellationToken cancellationToken)
    {
        var dialect = session.Dialect;
        if (PendingReset != TableReset.Recreate)
        {
            _table = await GuardAsync("reading", ct => dialect.DescribeTableAsync(table, ct), cancellationToken);
        }

        var names = await GuardAsync("reading the column names of", ct => dialect.ReadColumnNamesAsync(table, ct), cancellationToken);
        StreamMapping Build(IReadOnlyDictionary<string, ColumnType>? types) => build(types, names);
        var mapping = Build(PendingReset == TableReset.Recreate ? null : _table?.Types);
        List<(string Property, string Column)> added = [.. mapping.ColumnNames.Where(p => !names.ContainsKey(p.Key)).Select(p => (p.Key, p.Value))];
        if (added.Count > 0)
        {
            await GuardAsync("recording the column names of", ct => dialect.AddColumnNamesAsync(table, added, ct), cancellationToken);
        }

        IReadOnlyList<string> key = method == LoadMethod.AppendOnly ? [] : [.. mapping.KeyColumnNames];
        if (_table is null)
        {
            var definition = Definition(mapping, key);
            await GuardAsync("creating", ct => dialect.CreateTableAsync(definition, false, ct), cancellationToken);
            _table = new TableInfo(definition.Columns, key);
            _resetDone = true;
            session.Reporter.Info($"{stream}: created table {session.Describe(table)} with {definition.Columns.Count} columns{KeyNote(key)}");
            return (mapping, key);
        }

        if (!SameKey(_table.PrimaryKey, key))
        {
            return await ChangeKeyAsync(Build, method, key, lineNumber, cancellationToken);
        }

        await EvolveAsync(mapping, cancellationToken);
        if (method == LoadMethod.Overwrite && !_resetDone && !versioned && PendingReset == TableReset.None)
        {
            PendingReset = TableReset.Truncate;
        }

        return (mapping, key);
    }

    /// <summary>Once a stream sends versions, ACTIVATE_VERSION replaces old rows, not a truncation.</summary>
    public void VersionsReplaceTruncation()
    {
        if (PendingReset == TableReset.Truncate)
        {
            PendingReset = TableReset.None;
        }
    }

    /// <summary>Hands the pending reset to the batch about to be loaded; later batches find the table reset.</summary>
    public TableReset TakeReset(TableDefinition definition)
    {
        var reset = PendingReset;
        if (reset == TableReset.Recreate)
        {
            _table = new TableInfo(definition.Columns, definition.PrimaryKey);
        }

        PendingReset = TableReset.None;
        _resetDone = true;
        return reset;
    }

    public async Task<T> GuardAsync<T>(string action, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work(cancellationToken);
        }
        catch (DbException e)
        {
            var outOfResources = session.Dialect.OutOfResources(e);
            throw new LoadException($"stream \"{stream}\": {action} table {session.Describe(table)} failed: {outOfResources ?? e.Message}", e)
            {
                OutOfResources = outOfResources is not null,
            };
        }
    }

    private async Task GuardAsync(string action, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        await GuardAsync(
            action,
            async ct =>
            {
                await work(ct);
                return true;
            },
            cancellationToken);

    private async Task<(StreamMapping Mapping, IReadOnlyList<string> PrimaryKey)> ChangeKeyAsync(
        Func<IReadOnlyDictionary<string, ColumnType>?, StreamMapping> build,
        LoadMethod method,
        IReadOnlyList<string> key,
        long lineNumber,
        CancellationToken cancellationToken)
    {
        var old = _table!.PrimaryKey;
        var fresh = build(null);
        if (method == LoadMethod.Overwrite && !_resetDone)
        {
            PendingReset = TableReset.Recreate;
            session.Reporter.Info($"{stream}: key changes from {Describe(old)} to {Describe(key)}; {session.Describe(table)} is recreated with the first batch");
            return (fresh, key);
        }

        if (await GuardAsync("reading", ct => session.Dialect.HasRowsAsync(table, ct), cancellationToken))
        {
            throw new InputException(
                lineNumber,
                $"stream \"{stream}\": key properties changed from {Describe(old)} to {Describe(key)}, but table {session.Describe(table)} already has rows; drop the table, or set load_method \"overwrite\" for this stream to replace its content");
        }

        var definition = Definition(fresh, key);
        await GuardAsync("recreating", ct => session.Dialect.CreateTableAsync(definition, true, ct), cancellationToken);
        _table = new TableInfo(definition.Columns, key);
        session.Reporter.Info($"{stream}: key changed from {Describe(old)} to {Describe(key)}; the empty table {session.Describe(table)} was recreated");
        return (fresh, key);
    }

    private async Task EvolveAsync(StreamMapping mapping, CancellationToken cancellationToken)
    {
        var current = _table!;
        var added = mapping.Columns.Where(c => !current.Types.ContainsKey(c.Name)).Select(c => new ColumnDefinition(c.Name, c.Type)).ToList();
        var widened = mapping.Columns
            .Where(c => c.Metadata == MetadataColumn.None && current.Types.TryGetValue(c.Name, out var type) && type != c.Type)
            .Select(c => new ColumnDefinition(c.Name, c.Type))
            .ToList();
        if ((added.Count == 0 && widened.Count == 0) || PendingReset == TableReset.Recreate)
        {
            return;
        }

        await GuardAsync("altering", ct => session.Dialect.AlterTableAsync(table, added, widened, ct), cancellationToken);
        var types = widened.ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
        _table = new TableInfo(
            [.. current.Columns.Select(c => types.TryGetValue(c.Name, out var t) ? c with { Type = t } : c), .. added],
            current.PrimaryKey);
        var changes = added.Select(c => $"added {c.Name} ({c.Type})").Concat(widened.Select(c => $"widened {c.Name} to {c.Type}"));
        session.Reporter.Info($"{stream}: {session.Describe(table)} {string.Join(", ", changes)}");
    }

    private TableDefinition Definition(StreamMapping mapping, IReadOnlyList<string> key) =>
        new(table, [.. mapping.Columns.Select(c => new ColumnDefinition(c.Name, c.Type))], key);

    private static bool SameKey(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.ToHashSet(StringComparer.Ordinal).SetEquals(b);

    private static string Describe(IReadOnlyList<string> key) => key.Count == 0 ? "(none)" : "(" + string.Join(", ", key) + ")";

    private static string KeyNote(IReadOnlyList<string> key) => key.Count == 0 ? string.Empty : $", primary key {Describe(key)}";
}
