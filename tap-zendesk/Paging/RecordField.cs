using System.Text;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>A top-level field of records, named once in both forms the two kinds of record look it up by.</summary>
internal sealed class RecordField(string name)
{
    public string Name { get; } = name;

    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(name);
}
