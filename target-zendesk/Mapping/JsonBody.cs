using System.Buffers;
using System.Text.Json;

namespace Zendesk.Singer.Destination.Mapping;

/// <summary>Request bodies written straight to UTF-8 bytes.</summary>
internal static class JsonBody
{
    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, state);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
