using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Tap.Configuration;

namespace Zendesk.Singer.Tap.Sync.Batches;

/// <summary>
/// The batch files of one sync: the directory, checked once before any request, and one
/// <see cref="StreamBatch"/> per stream. File names are the prefix, the stream, the run's id (time
/// ordered, so a later run's files sort after an earlier one's) and a sequence number, and so are
/// unique per run and stream. Disposing deletes whatever no published STATE covers.
/// </summary>
internal sealed class BatchFiles : IDisposable
{
    private readonly BatchConfig _config;
    private readonly string _runId;
    private readonly List<StreamBatch> _streams = [];

    private BatchFiles(BatchConfig config, string runId)
    {
        _config = config;
        _runId = runId;
    }

    public static BatchFiles Open(BatchConfig config, TimeProvider clock)
    {
        var runId = Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
        try
        {
            Directory.CreateDirectory(config.Root);
            using var probe = new FileStream(
                Path.Combine(config.Root, $".{config.Prefix}{runId}.write-check"),
                FileMode.CreateNew,
                FileAccess.Write,
                FileShare.None,
                bufferSize: 1,
                FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"config file '{config.Source}': \"{TapSettings.BatchConfig}.storage.root\" is not a directory the tap can create and write to ({e.Message})");
        }

        return new BatchFiles(config, runId);
    }

    /// <summary>Sends each stream's records to batch files of its own.</summary>
    public void Attach(IEnumerable<StreamOutput> outputs)
    {
        foreach (var output in outputs)
        {
            var batch = new StreamBatch(output.Name, Path.Combine(_config.Root, $"{_config.Prefix}{output.Name}-{_runId}-"), _config);
            _streams.Add(batch);
            output.Batch = batch;
        }
    }

    public void Dispose()
    {
        foreach (var stream in _streams)
        {
            stream.Dispose();
        }
    }
}
