using System.Text.Json;
using Zendesk.Singer.Tap.Paging;

namespace Zendesk.Singer.Tap.Tests.Fixtures;

/// <summary>The records of a page as elements that outlive it, for assertions.</summary>
internal static class PageElements
{
    public static List<JsonElement> Of(Page page)
    {
        var collector = new Collector([]);
        page.Visit(ref collector);
        return collector.Elements;
    }

    private readonly struct Collector(List<JsonElement> elements) : IRecordVisitor
    {
        public List<JsonElement> Elements => elements;

        public void Visit<TRecord>(TRecord record)
            where TRecord : struct, IRecord => elements.Add(record.AsElement().Clone());
    }
}
