using Zendesk.Singer.Tap.Configuration;

namespace Zendesk.Singer.Tap.Streams;

/// <summary>The query of an export's requests: what its members side-load, and the support type scope where Zendesk filters by it.</summary>
internal static class ExportQuery
{
    public static string? Of(StreamDefinition export, IEnumerable<string?> memberQueries, TapConfig config)
    {
        var parts = memberQueries.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (export.SupportScoped)
        {
            parts.Add("support_type_scope=" + config.SupportTypeScope);
        }

        return parts.Count == 0 ? null : string.Join('&', parts);
    }
}
