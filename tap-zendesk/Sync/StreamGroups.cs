using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.Exports;
using Zendesk.Singer.Tap.Sync.HelpCenter;
using Zendesk.Singer.Tap.Sync.Lists;
using Zendesk.Singer.Tap.Sync.Routing;
using Zendesk.Singer.Tap.Sync.Snapshots;
using Zendesk.Singer.Tap.Sync.Tickets;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Groups the selected streams by the endpoint that yields them (a child with its parent) and makes
/// one extractor per group. Every group runs at once; the request budgets pace them together.
/// </summary>
internal static class StreamGroups
{
    /// <summary>The root stream of each group and the selected streams it emits.</summary>
    public static IReadOnlyList<(StreamDefinition Root, IReadOnlyList<StreamOutput> Members)> Of(SyncContext context)
    {
        return context.Outputs.Values
            .GroupBy(o => RootOf(o.Definition, context), StringComparer.Ordinal)
            .Select(g => (StreamTable.Get(g.Key), (IReadOnlyList<StreamOutput>)[.. g]))
            .OrderBy(g => IndexOf(g.Item1.Name))
            .ToList();
    }

    public static IExtractor Extractor(StreamDefinition root, IReadOnlyList<StreamOutput> members, SyncContext context) => root.Paging switch
    {
        _ when root.Name == TicketEventsStream.Name => TicketEventsStream.Create(context),
        _ when HelpCenterStreams.IsBrandScoped(root) => new HelpCenterSync(root, members, context),
        _ when root.Name == RoutingDefinitionsSync.Name => new RoutingDefinitionsSync(context.Output(root.Name)!, context),
        _ when root.Name == AgentAttributeValuesSync.Name => new AgentAttributeValuesSync(context.Output(root.Name)!, context),
        PagingStyle.CursorExport => new CursorExportSync(root, context.Output(root.Name), ExportChildren.Of(root, context), context),
        PagingStyle.TimeExport => new TimeExportSync(root, [.. members.Select(TimeExportMember.Direct)], context),
        PagingStyle.SingleObject => new SingleObjectSync(members.Single(), context),
        _ => ListSync.Create(root, members, context),
    };

    private static string RootOf(StreamDefinition definition, SyncContext context)
    {
        var current = definition;
        while (current.Parent is { } parent)
        {
            current = StreamTable.Resolve(parent, context.Config);
        }

        return current.Name;
    }

    private static int IndexOf(string name)
    {
        for (var i = 0; i < StreamTable.All.Count; i++)
        {
            if (StreamTable.All[i].Name == name)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
