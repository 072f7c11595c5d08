namespace Zendesk.Singer.Http;

/// <summary>A POST, PUT or DELETE to Zendesk with its JSON body (UTF-8), and whether it may be repeated.</summary>
internal sealed record ZendeskWrite(HttpMethod Method, string Path, ReadOnlyMemory<byte> Body, WriteSafety Safety)
{
    public static ZendeskWrite Post(string path, ReadOnlyMemory<byte> body, WriteSafety safety) => new(HttpMethod.Post, path, body, safety);

    public static ZendeskWrite Delete(string path) => new(HttpMethod.Delete, path, ReadOnlyMemory<byte>.Empty, WriteSafety.Idempotent);
}
