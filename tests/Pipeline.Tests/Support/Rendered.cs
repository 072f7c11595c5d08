using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Pipeline.Tests.Support;

/// <summary>Turns one of the simulator's record writers into the JSON object it writes on the wire.</summary>
internal static class Rendered
{
    public static JsonObject Object(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }
}
