using Zendesk.Singer.Connection;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Maps;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Gives each selected stream that a stream map changes its <see cref="MappedOutput"/>, before anything
/// is written, so that a map that does not fit its stream is a config error. Streams no map changes
/// keep the direct path. Bookmarks and STATE keep the tap's own stream names.
/// </summary>
internal static class StreamMapping
{
    /// <param name="batched">Whether records go to batch files (<c>batch_config</c>), which stream maps do not change, as in the Singer SDK.</param>
    public static void Apply(IReadOnlyDictionary<string, StreamOutput> outputs, StreamMaps maps, bool batched, ProgramLog log)
    {
        if (maps.IsEmpty)
        {
            return;
        }

        foreach (var output in outputs.Values)
        {
            IReadOnlyList<string>? bookmarks = output.Definition.ReplicationKey is { } key ? [key] : null;
            MappedStream mapped;
            try
            {
                mapped = maps.Bind(output.Name, output.Schema, output.KeyProperties, bookmarks);
            }
            catch (MapConfigurationException e)
            {
                throw new ConfigurationException(e.Message);
            }

            if (!mapped.IsUnchanged)
            {
                if (batched)
                {
                    throw new ConfigurationException(
                        $"{MapSettings.StreamMaps}.{output.Name}: stream maps do not apply to batch files; run without batch_config to map this stream, or without its map to write batch files");
                }

                output.Mapped = new MappedOutput(mapped);
            }
        }

        var unseen = maps.NamedStreams.Where(s => !outputs.ContainsKey(s)).ToList();
        if (unseen.Count > 0)
        {
            log.Warn($"{MapSettings.StreamMaps} names streams this run does not sync (not selected, or not streams of this tap); their maps do nothing", ("streams", string.Join(",", unseen)));
        }
    }
}
