using System.Text.Json;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Maps;
using Zendesk.Singer.Protocol.Messages;
using Zendesk.Singer.Target.Loading;

namespace Zendesk.Singer.Target.Tests.Loading;

/// <summary>The messages the maps let through, under the names they give: ACTIVATE_VERSION and BATCH included.</summary>
public sealed class MessageMapperTests
{
    private static readonly BatchEncoding Jsonl = new(BatchEncoding.JsonLines, BatchEncoding.Gzip);

    [Fact]
    public async Task A_batch_of_a_renamed_stream_is_renamed_and_of_a_dropped_stream_dropped()
    {
        var maps = Read("""{"stream_maps": {"users": {"__alias__": "people"}, "groups": null}}""");

        var mapped = await MapAsync(maps, [
            Schema("users", 1),
            Schema("groups", 2),
            new BatchMessage("users", Jsonl, ["file:///tmp/users-1.jsonl.gz"], 7) { LineNumber = 3 },
            new BatchMessage("groups", Jsonl, ["file:///tmp/groups-1.jsonl.gz"]) { LineNumber = 4 },
            new ActivateVersionMessage("users", 7) { LineNumber = 5 },
            new ActivateVersionMessage("groups", 7) { LineNumber = 6 },
        ]);

        mapped.ShouldBe(["SchemaMessage people", "BatchMessage people", "ActivateVersionMessage people"]);
    }

    [Fact]
    public async Task A_batch_of_a_copied_stream_goes_to_the_stream_and_its_copy()
    {
        var maps = Read("""{"stream_maps": {"people": {"__source__": "users"}}}""");

        var mapped = await MapAsync(maps, [Schema("users", 1), new BatchMessage("users", Jsonl, ["file:///tmp/u.jsonl.gz"]) { LineNumber = 2 }]);

        mapped.ShouldBe(["SchemaMessage users", "SchemaMessage people", "BatchMessage users", "BatchMessage people"]);
    }

    [Fact]
    public async Task A_batch_of_a_stream_whose_map_changes_records_is_refused_naming_the_line_and_stream()
    {
        var maps = Read("""{"stream_maps": {"users": {"email": null}}}""");

        var error = await Should.ThrowAsync<InputException>(() => MapAsync(maps, [Schema("users", 1), new BatchMessage("users", Jsonl, ["file:///tmp/u.jsonl.gz"]) { LineNumber = 2 }]));

        error.LineNumber.ShouldBe(2);
        error.Message.ShouldStartWith("line 2: stream \"users\": a BATCH cannot be loaded through a stream map that changes records");
    }

    [Fact]
    public async Task Without_maps_every_message_passes_as_it_is()
    {
        var schema = Schema("users", 1);
        var state = new StateMessage(JsonDocument.Parse("{}").RootElement) { LineNumber = 2 };

        var mapper = new MessageMapper(StreamMaps.None);
        var seen = new List<SingerMessage>();
        await foreach (var message in mapper.MapAsync(ToAsync([schema, state]), CancellationToken.None))
        {
            seen.Add(message);
        }

        seen.ShouldBe([schema, state]);
    }

    private static StreamMaps Read(string config) => StreamMapsReader.Read(ConfigFile.FromJson("config.json", config));

    private static SchemaMessage Schema(string stream, long line) =>
        new(stream, JsonDocument.Parse("""{"type": "object", "properties": {"id": {"type": "integer"}, "email": {"type": "string"}}}""").RootElement, ["id"], []) { LineNumber = line };

    private static async Task<List<string>> MapAsync(StreamMaps maps, SingerMessage[] messages)
    {
        var seen = new List<string>();
        await foreach (var message in new MessageMapper(maps).MapAsync(ToAsync(messages), CancellationToken.None))
        {
            var stream = message switch
            {
                SchemaMessage s => s.Stream,
                BatchMessage b => b.Stream,
                ActivateVersionMessage a => a.Stream,
                _ => "",
            };
            seen.Add($"{message.GetType().Name} {stream}");
        }

        return seen;
    }

    private static async IAsyncEnumerable<SingerMessage> ToAsync(IEnumerable<SingerMessage> messages)
    {
        foreach (var message in messages)
        {
            await Task.Yield();
            yield return message;
        }
    }
}
