using System.Text.Json;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>A property the tap adds to a record (a child's <c>ticket_id</c>, say); it replaces one of the same name.</summary>
internal readonly record struct RecordExtra(string Name, long? Number = null, string? Text = null, JsonElement? Element = null)
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (Number is { } number)
        {
            writer.WriteNumber(Name, number);
        }
        else if (Text is not null)
        {
            writer.WriteString(Name, Text);
        }
        else if (Element is { } element)
        {
            writer.WritePropertyName(Name);
            element.WriteTo(writer);
        }
        else
        {
            writer.WriteNull(Name);
        }
    }
}
