using System.Text.Json;
using Zendesk.Singer.Tap.Paging;
using Zendesk.Singer.Tap.Sync.Lists;

namespace Zendesk.Singer.Tap.Sync.Macros;

/// <summary>
/// Macro categories: Zendesk answers with the names alone (<c>{"categories": ["Billing"]}</c>), so each
/// name becomes a record <c>{"name": ...}</c> keyed by it. The list is small and unpaged: it is read in
/// full every run.
/// </summary>
internal sealed class MacroCategoriesSync(StreamOutput output, SyncContext context) : IExtractor
{
    public const string Name = "macro_categories";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        output.Version = context.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var definition = output.Definition;
        await foreach (var page in ListPages.ReadAsync(definition.Path, definition, output.Stats, context, cancellationToken))
        {
            if (!page.Root.TryGetProperty(definition.RecordsKey, out var names) || names.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var name in names.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String))
            {
                using var record = JsonSerializer.SerializeToDocument(new Dictionary<string, string> { ["name"] = name.GetString()! }, MacroCategoryJson.Default.DictionaryStringString);
                output.Write(new ElementRecord(record.RootElement), page.FetchedAt);
            }
        }

        output.ActivateVersion();
    }
}
