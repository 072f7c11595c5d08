using Zendesk.Singer.Http;
using Zendesk.Singer.Tap.Streams;
using Zendesk.Singer.Tap.Sync.Batches;

namespace Zendesk.Singer.Tap.Sync;

/// <summary>
/// Runs a sync: every stream's SCHEMA first, then every stream group at once within the shared
/// budgets, then a last STATE. A stream the account has no access to (403, or 404 for an add-on such
/// as Talk) is skipped with one warning; any other failure stops the run once the others have been
/// cancelled, after everything emitted so far has been flushed with its STATE.
/// </summary>
internal sealed class SyncRun(SyncContext context, TimeProvider wall)
{
    private Exception? _firstFailure;

    public async Task<SyncResult> RunAsync(CancellationToken cancellationToken)
    {
        foreach (var output in context.Outputs.Values.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            output.WriteSchema();
        }

        var started = wall.GetTimestamp();
        using var failure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var groups = StreamGroups.Of(context);
        await using (new ProgressReporter(context, wall))
        {
            var tasks = groups.Select(g => RunGroupAsync(g.Root, g.Members, failure)).ToList();
            try
            {
                await Task.WhenAll(tasks);
            }
            catch
            {
                // The first real failure is rethrown below; cancellations it caused are not news.
            }

            // The failure that came first is the cause; later ones are often its consequences.
            var error = _firstFailure ?? tasks.FirstOrDefault(t => t.IsFaulted)?.Exception?.InnerException;
            context.State.Emit();
            var result = new SyncResult([.. context.Outputs.Values.Select(o => o.Stats)], context.Client.Counters, wall.GetElapsedTime(started));
            Summary.Write(context.Log, result);
            if (error is not null)
            {
                throw error;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (result.Streams.Count > 0 && result.Streams.All(s => s.Status == StreamStatus.Skipped))
            {
                throw new ZendeskException(
                    $"none of the selected streams is available to this account ({string.Join(", ", result.Streams.Select(s => s.Stream))}); see the warnings above",
                    endpoint: string.Empty);
            }

            return result;
        }
    }

    private async Task RunGroupAsync(StreamDefinition root, IReadOnlyList<StreamOutput> members, CancellationTokenSource failure)
    {
        // Yield first so that one group's synchronous start does not hold up the others.
        await Task.Yield();
        var started = wall.GetTimestamp();
        foreach (var member in members)
        {
            member.Stats.Status = StreamStatus.Running;
            member.Stats.StartedAt = started;
            context.Log.Info($"stream {member.Name} started", ("mode", Mode(member)));
        }

        using var group = context.State.OpenGroup();
        foreach (var member in members)
        {
            member.RouteTo(group.Writer);
            if (member.Batch is { } batch)
            {
                group.Hold(new GroupBatch(member, batch));
            }
        }

        try
        {
            await StreamGroups.Extractor(root, members, context.ForGroup(group)).RunAsync(failure.Token);

            // What no bookmark covers (a full-table read, say) goes out with the group's last STATE.
            group.Emit(last: true);
            Finish(members, StreamStatus.Done, null, started);
        }
        catch (ZendeskException e) when (IsUnavailable(e, root))
        {
            group.Discard();
            var needs = root.PlanNote is { } note ? $"; it needs {note}" : string.Empty;
            foreach (var member in members)
            {
                context.Log.Warn(
                    $"stream {member.Name} skipped: Zendesk answered HTTP {e.StatusCode} for {e.Endpoint}{needs}",
                    ("zendesk", e.ZendeskMessage));
            }

            Finish(members, StreamStatus.Skipped, $"HTTP {e.StatusCode}", started);
        }
        catch (Exception e)
        {
            group.Discard();
            if (e is not OperationCanceledException)
            {
                Interlocked.CompareExchange(ref _firstFailure, e, null);
            }

            Finish(members, StreamStatus.Failed, e is OperationCanceledException ? "cancelled" : "failed", started);
            await failure.CancelAsync();
            throw;
        }
    }

    private void Finish(IReadOnlyList<StreamOutput> members, StreamStatus status, string? note, long started)
    {
        var elapsed = wall.GetElapsedTime(started);
        // A child its group skipped on its own (a plan gate of the child alone) stays skipped.
        foreach (var member in members.Where(m => !(status == StreamStatus.Done && m.Stats.Status == StreamStatus.Skipped)))
        {
            member.Stats.Status = status;
            member.Stats.Note = note;
            member.Stats.Elapsed = elapsed;
            context.Log.Metric("counter", "record_count", member.Stats.TakeUnreportedRecords(), ("stream", member.Name));
            context.Log.Metric("timer", "sync_duration", elapsed.TotalSeconds, ("stream", member.Name), ("status", status == StreamStatus.Done ? "succeeded" : status.ToString().ToLowerInvariant()));
            if (status == StreamStatus.Done)
            {
                context.Log.Info(
                    $"stream {member.Name} done",
                    ("records", member.Stats.Records),
                    ("requests", member.Stats.Requests),
                    ("seconds", Math.Round(elapsed.TotalSeconds, 1)));
            }
        }
    }

    private static bool IsUnavailable(ZendeskException e, StreamDefinition root) =>
        e is ZendeskForbiddenException || (e is ZendeskNotFoundException && root.PlanNote is not null);

    private static string Mode(StreamOutput output) => output.FullTable ? "full table" : "incremental";
}
