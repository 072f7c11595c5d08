using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.SideConversations;
using Zendesk.Singer.Tap.Sync.Tickets;

namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>
/// The selected children of a cursor export, built from the stream table in its order. A child that
/// comes inside each parent record is read from there (a ticket's <c>metric_set</c>); a side-loaded
/// child from the page, or per changed parent where the account does not side-load it; any other
/// child with one request per changed parent, whose records also feed the streams riding on them (a
/// comment's attachments). Side conversations, whose events come side-loaded on their own requests,
/// have a child of their own. A child selected without its parent still reads the export, silently.
/// </summary>
internal static class ExportChildren
{
    public static IReadOnlyList<IExportChild> Of(StreamDefinition export, SyncContext context)
    {
        IParentPolicy parents = export.Name == TicketParents.Stream ? new TicketParents() : new ChangedParents(export);
        var children = new List<IExportChild>();
        foreach (var row in StreamTable.ChildrenOf(export.Name, context.Config))
        {
            if (row.Name == SideConversationsChild.Stream)
            {
                if (SideConversationsChild.For(parents, context) is { } sideConversations)
                {
                    children.Add(sideConversations);
                }

                continue;
            }

            var output = context.Output(row.Name);
            if (row.Paging == PagingStyle.Parent)
            {
                if (output is not null)
                {
                    children.Add(new EmbeddedChild(new ChildOutput(output)));
                }
            }
            else if (row.Query is not null)
            {
                if (output is not null)
                {
                    var child = new ChildOutput(output);
                    children.Add(new SideLoadedChild(child, new PerRecordChild(row, parents, [new ChildTarget(child, ChildTarget.Direct)], context)));
                }
            }
            else if (TargetsOf(row, context) is { Count: > 0 } targets)
            {
                children.Add(new PerRecordChild(row, parents, targets, context));
            }
        }

        return children;
    }

    /// <summary>The selected streams a per-record child's records feed: the child's own, then those that come inside its records.</summary>
    private static List<ChildTarget> TargetsOf(StreamDefinition row, SyncContext context)
    {
        var targets = new List<ChildTarget>();
        foreach (var stream in StreamTable.ChildrenOf(row.Name, context.Config).Where(s => s.Paging == PagingStyle.Parent).Prepend(row))
        {
            if (context.Output(stream.Name) is { } output)
            {
                targets.Add(new ChildTarget(new ChildOutput(output), TicketChildWrites.For(stream.Name)));
            }
        }

        return targets;
    }
}
