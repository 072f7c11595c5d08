namespace Zendesk.Singer.Protocol.Messages;

/// <summary>How the files of a BATCH are written: the Singer SDK's <c>encoding</c> object.</summary>
/// <param name="Format">The file format; <c>jsonl</c> is one raw record (not a RECORD message) per line.</param>
/// <param name="Compression"><c>gzip</c>, or <c>none</c> when the files are not compressed.</param>
internal sealed record BatchEncoding(string Format, string Compression)
{
    public const string JsonLines = "jsonl";
    public const string Gzip = "gzip";
    public const string None = "none";
}
