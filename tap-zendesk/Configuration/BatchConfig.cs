using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Tap.Configuration;

/// <summary>
/// <c>batch_config</c>: a sync writes each stream's records to JSON-lines files under <see cref="Root"/>
/// and announces them with BATCH messages instead of writing RECORD lines.
/// </summary>
internal sealed record BatchConfig
{
    /// <summary>The Meltano SDK's default number of records per file.</summary>
    public const int DefaultBatchSize = 10_000;

    /// <summary>The absolute directory the files go to.</summary>
    public required string Root { get; init; }

    /// <summary>What every file name starts with.</summary>
    public string Prefix { get; init; } = string.Empty;

    public bool Gzip { get; init; } = true;

    /// <summary>The most records one file holds.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>The config file the setting came from, named in errors found when the sync starts.</summary>
    public string Source { get; init; } = string.Empty;

    public BatchEncoding Encoding => new(BatchEncoding.JsonLines, Gzip ? BatchEncoding.Gzip : BatchEncoding.None);

    /// <summary>The file name ending of the encoding.</summary>
    public string Extension => Gzip ? ".json.gz" : ".json";
}
