using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Zendesk.Singer.Protocol.Configuration;

/// <summary>Reads the JSON files a user hands us (config, catalog, state) with errors that say where.</summary>
internal static class JsonFiles
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JsonDocument ReadDocument(string path, string what)
    {
        var bytes = ReadBytes(path, what);
        try
        {
            return JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{what} file '{path}' is not valid JSON{Where(e)}");
        }
    }

    public static T Read<T>(string path, string what, JsonTypeInfo<T> typeInfo)
    {
        var bytes = ReadBytes(path, what);
        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo)
                ?? throw new ConfigurationException($"{what} file '{path}' holds null, not a JSON object");
        }
        catch (JsonException e)
        {
            var at = e.Path is { Length: > 1 } p ? $" at {p}" : string.Empty;
            throw new ConfigurationException($"{what} file '{path}' could not be read{Where(e)}{at}: {Reason(e)}");
        }
    }

    private static byte[] ReadBytes(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigurationException($"{what} file '{path}' does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{what} file '{path}' cannot be read: {e.Message}");
        }
    }

    private static string Where(JsonException e) =>
        e.LineNumber is { } line
            ? $" (line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1})"
            : string.Empty;

    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
