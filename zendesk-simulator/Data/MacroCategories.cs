namespace Zendesk.Simulator.Data;

/// <summary>The macro categories Zendesk lists: the part of a macro's title before <c>::</c>, once each, in order.</summary>
internal static class MacroCategories
{
    public static IReadOnlyList<string> Of(IReadOnlyList<CatalogItem> macros) =>
        [.. macros
            .Select(m => m.Body["title"]!.GetValue<string>())
            .Where(t => t.Contains("::", StringComparison.Ordinal))
            .Select(t => t[..t.IndexOf("::", StringComparison.Ordinal)])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
