using System.Text.Json;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Target.Tests.Support;

internal static class SchemaMessages
{
    public static SchemaMessage Parse(string stream, string schema, params string[] keys)
    {
        using var document = JsonDocument.Parse(schema);
        return new SchemaMessage(stream, document.RootElement.Clone(), keys, []);
    }
}
