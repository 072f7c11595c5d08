using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.Batches;
using Zendesk.Singer.Tap.Sync.Tickets;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>Where one selected stream's SCHEMA and RECORDs go, with its field selection applied.</summary>
internal sealed class StreamOutput(
    StreamDefinition definition,
    JsonObject schema,
    IReadOnlyList<string> keyProperties,
    FieldFilter filter,
    bool fullTable,
    SingerWriter writer)
{
    public StreamDefinition Definition { get; } = definition;

    public string Name => Definition.Name;

    public JsonObject Schema { get; } = schema;

    public IReadOnlyList<string> KeyProperties { get; } = keyProperties;

    public FieldFilter Filter { get; } = filter;

    /// <summary>Read in full this run (by the table or by the catalog): no bookmark is used or kept.</summary>
    public bool FullTable { get; } = fullTable;

    /// <summary>The custom ticket field columns each record gets (tickets with <c>custom_ticket_fields_as_columns</c>), or null.</summary>
    public CustomFieldColumns? Columns { get; init; }

    /// <summary>The table version of a full-table list read (ACTIVATE_VERSION), or null.</summary>
    public long? Version { get; set; }

    public StreamStats Stats { get; } = new(definition.Name);

    /// <summary>The files the stream's records go to instead of RECORD lines (<c>batch_config</c>), or null; set before the sync starts.</summary>
    public StreamBatch? Batch { get; set; }

    /// <summary>Where the stream's messages go instead when a stream map changes it, or null.</summary>
    public MappedOutput? Mapped { get; set; }

    private SingerWriter _writer = writer;

    /// <summary>Sends the stream's records from now on to <paramref name="target"/> (its group's, which holds them until their STATE).</summary>
    public void RouteTo(SingerWriter target) => _writer = target;

    public void WriteSchema()
    {
        IReadOnlyList<string>? bookmarks = Definition.ReplicationKey is { } key && !FullTable ? [key] : null;
        if (Mapped is { } mapped)
        {
            mapped.WriteSchema(_writer, bookmarks is not null);
            return;
        }

        _writer.WriteSchema(Name, Schema, KeyProperties, bookmarks);
    }

    /// <summary>Writes a record as Zendesk sent it, less the excluded properties, plus <paramref name="extras"/>.</summary>
    public void Write<TRecord>(TRecord record, DateTimeOffset extractedAt, RecordExtra[]? extras = null)
        where TRecord : struct, IRecord
    {
        if (Mapped is { } mapped)
        {
            WriteMapped(mapped, record, extractedAt, extras);
        }
        else if (Batch is { } batch)
        {
            batch.Write(record, Filter, extras, Columns);
        }
        else if (Columns is { } columns)
        {
            _writer.WriteRecord(Name, (record, Filter, extras, columns), static (json, s) => RecordWriter.WriteWithColumns(json, s.record, s.Filter, s.extras, s.columns), extractedAt, Version);
        }
        else
        {
            _writer.WriteRecord(Name, (record, Filter, extras), static (json, s) => RecordWriter.Write(json, s.record, s.Filter, s.extras), extractedAt, Version);
        }

        Stats.AddRecord();
    }

    /// <summary>Announces the stream's batch files written so far (BATCH) where its records go, ahead of its STATE.</summary>
    public void AnnounceBatches() => Batch?.Announce(_writer, Version);

    public void ActivateVersion()
    {
        AnnounceBatches();
        if (Version is { } version)
        {
            if (Mapped is { } mapped)
            {
                mapped.ActivateVersion(_writer, version);
                return;
            }

            _writer.WriteActivateVersion(Name, version);
        }
    }

    private void WriteMapped<TRecord>(MappedOutput mapped, TRecord record, DateTimeOffset extractedAt, RecordExtra[]? extras)
        where TRecord : struct, IRecord
    {
        if (Columns is { } columns)
        {
            mapped.Write(_writer, (record, Filter, extras, columns), static (json, s) => RecordWriter.WriteWithColumns(json, s.record, s.Filter, s.extras, s.columns), extractedAt, Version);
        }
        else
        {
            mapped.Write(_writer, (record, Filter, extras), static (json, s) => RecordWriter.Write(json, s.record, s.Filter, s.extras), extractedAt, Version);
        }
    }
}
