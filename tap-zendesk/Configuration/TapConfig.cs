using Zendesk.Singer.Connection;
using Zendesk.Singer.Protocol.Maps;

namespace Zendesk.Singer.Tap.Configuration;

/// <summary>The tap's settings, validated once when the config file is read.</summary>
internal sealed record TapConfig
{
    /// <summary>The account and how to sign in to it.</summary>
    public required ZendeskConnection Connection { get; init; }

    public required DateTimeOffset StartDate { get; init; }

    /// <summary>The end of a bounded backfill: no incremental record changed after it is emitted. Null: no end.</summary>
    public DateTimeOffset? EndDate { get; init; }

    /// <summary><see cref="EndDate"/> in whole Unix seconds, or null.</summary>
    public long? EndSeconds => EndDate?.ToUnixTimeSeconds();

    public int ListPageSize { get; init; } = TapSettings.DefaultListPageSize;

    public int ExportPageSize { get; init; } = TapSettings.DefaultExportPageSize;

    /// <summary>The incremental exports' budget; null: follow the limit Zendesk announces for them.</summary>
    public int? IncrementalRequestsPerMinute { get; init; }

    public int HelpCenterRequestsPerMinute { get; init; } = TapSettings.DefaultHelpCenterRequestsPerMinute;

    public TicketChildSource CommentsSource { get; init; } = TicketChildSource.TicketEvents;

    public TicketChildSource AuditsSource { get; init; } = TicketChildSource.PerTicket;

    /// <summary>
    /// Which tickets the ticket exports include: <c>all</c>, or Zendesk's own default <c>agent</c>, which
    /// leaves out tickets handled by AI agents (with their metrics, audits and comments), or <c>ai_agent</c>.
    /// </summary>
    public string SupportTypeScope { get; init; } = TapSettings.SupportTypeScopes[0];

    /// <summary>Whether tickets carry a typed property per custom ticket field besides <c>custom_fields</c>.</summary>
    public bool CustomTicketFieldsAsColumns { get; init; }

    /// <summary>Where a sync writes its records as batch files (BATCH messages), or null for RECORD lines.</summary>
    public BatchConfig? Batch { get; init; }

    /// <summary>The stream maps applied to what is written (<c>stream_maps</c>, <c>stream_map_config</c>).</summary>
    public StreamMaps Maps { get; init; } = StreamMaps.None;

    /// <summary>The fewest per-record requests (a ticket's audits or comments, a user's identities) run at once; a larger core budget runs more.</summary>
    public int ParentChildParallelism { get; init; } = 8;
}
