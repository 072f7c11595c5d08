using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// A response body read for its records: parsed whole into a document, or scanned for where its
/// records lie. Either hands its records out as <see cref="IRecord"/> structs, so what reads a page
/// does not depend on how the body was read.
/// </summary>
internal interface IPageResponse : IDisposable
{
    /// <summary>The top-level object, for paging fields and side-loads (it may leave out the records array).</summary>
    JsonElement Root { get; }

    /// <summary>Records in the records array (none when the body has no such array).</summary>
    int Count { get; }

    /// <summary>Hands each record to <paramref name="visitor"/>, in order.</summary>
    void Visit<TVisitor>(ref TVisitor visitor)
        where TVisitor : struct, IRecordVisitor;
}
