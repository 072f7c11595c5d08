using System.Globalization;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Target.Loading;

/// <summary>
/// The message loop. Records go into their stream's batch; when one batch is full every stream is
/// committed, so that the STATEs read so far can be written. Bad input, or a record the engine
/// refuses, stops the loop, but only after everything accepted before it is committed and the last
/// STATE it covers is written.
/// RECORD lines come raw and their records are converted from the line's bytes; a record its
/// stream cannot take that way is parsed in full and handled as an ordinary message. BATCH messages
/// of one stream that follow one another are held until the next message of any other kind, and
/// loaded together (<see cref="BatchRun"/>).
/// </summary>
internal sealed class LoadRun(LoadSession session, SingerWriter output)
{
    private readonly Dictionary<string, StreamLoader> _streams = new(StringComparer.Ordinal);
    private readonly TableNames _tables = new(session.Dialect, session.Config.StripStreamSchemaPrefix);
    private readonly StateTracker _states = new(output);
    private long _records;
    private BatchRun? _batches;

    public IReadOnlyCollection<StreamReport> Reports => [.. _streams.Values.Select(s => s.Report)];

    public int StatesWritten => _states.Written;

    /// <returns>The exit code.</returns>
    public async Task<int> RunAsync(Stream input, CancellationToken cancellationToken)
    {
        try
        {
            var read = new SingerReader(input, rawRecords: true).ReadAllAsync(cancellationToken);

            // Without maps the messages go straight to loading, with no step of their own in between.
            var messages = session.Config.Maps.IsEmpty ? read : new MessageMapper(session.Config.Maps).MapAsync(read, cancellationToken);
            await foreach (var message in messages)
            {
                await HandleAtLineAsync(message, cancellationToken);
                session.Committer.ThrowIfFailed();
            }

            await LoadHeldBatchesAsync(cancellationToken);
            foreach (var stream in InCommitOrder())
            {
                await stream.BeginFlushAsync(cancellationToken, force: true);
                ReleaseStates();
            }

            await session.Committer.DrainAsync();
            return 0;
        }
        catch (Exception e) when (e is SingerProtocolException or InputException or LoadException)
        {
            if (e is not LoadException || !session.Committer.HasFailed)
            {
                // Every record read so far was accepted: the ones before the next are to be committed.
                session.Committer.StopBefore(_records + 1);
            }

            var failure = await CommitAcceptedAsync(cancellationToken);
            if (failure is not null)
            {
                session.Reporter.Error(failure.Message);
            }

            if (!ReferenceEquals(failure, e))
            {
                session.Reporter.Error(e.Message);
            }

            return 1;
        }
    }

    /// <summary>
    /// The engine refusing what a line asks of a table (creating, altering, retiring rows) is that
    /// line's failure, like bad input: what came before it is still committed. A failed commit is not:
    /// it names its own lines.
    /// </summary>
    private async Task HandleAtLineAsync(SingerMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await HandleAsync(message, cancellationToken);
        }
        catch (LoadException e) when (!session.Committer.HasFailed)
        {
            throw new InputException(message.LineNumber, e.Message);
        }
    }

    private async Task HandleAsync(SingerMessage message, CancellationToken cancellationToken)
    {
        // Checked here, not in the method, so that a record costs no call while nothing is held.
        if (_batches is not null && message is not BatchMessage)
        {
            await LoadHeldBatchesAsync(cancellationToken);
        }

        switch (message)
        {
            case RecordMessage record:
                var loader = Known(record.Stream, record.LineNumber, "RECORD");
                if (loader.NeedsVersioning(record))
                {
                    await loader.EnableVersioningAsync(record.LineNumber, cancellationToken);
                }

                if (loader.NeedsDeletionColumn(record))
                {
                    await loader.EnableDeletionsAsync(record.LineNumber, cancellationToken);
                }

                loader.OnRecord(record, ++_records);
                await AfterRecordAsync(loader, cancellationToken);
                break;
            case RawRecordMessage raw when _streams.TryGetValue(raw.Stream, out var known) && known.HasSchema && known.TryLoad(raw, _records + 1):
                _records++;
                await AfterRecordAsync(known, cancellationToken);
                break;
            case RawRecordMessage raw:
                var parsed = raw.ParseInFull(out var document);
                using (document)
                {
                    await HandleAsync(parsed, cancellationToken);
                }

                break;
            case SchemaMessage schema:
                await (await OpenAsync(schema.Stream, cancellationToken)).OnSchemaAsync(schema, cancellationToken);
                ReleaseStates();
                break;
            case StateMessage state:
                _states.Add(_records, state.Value);
                foreach (var stream in _streams.Values)
                {
                    stream.OnState(_records);
                }

                ReleaseStates();
                break;
            case BatchMessage batch:
                await HoldBatchAsync(batch, cancellationToken);
                break;
            case ActivateVersionMessage activate when !(_streams.TryGetValue(activate.Stream, out var activated) && activated.HasSchema):
                // Some taps announce the version they start with before the stream's SCHEMA. Its table
                // is not known yet, and the records of this version are still to come: retiring waits
                // for the ACTIVATE_VERSION such taps send after their records.
                session.Reporter.Info(string.Create(CultureInfo.InvariantCulture, $"{activate.Stream}: version {activate.Version} activated before the stream's SCHEMA (line {activate.LineNumber}); nothing to retire yet"));
                break;
            case ActivateVersionMessage activate:
                await _streams[activate.Stream].OnActivateVersionAsync(activate, cancellationToken);
                ReleaseStates();
                break;
        }
    }

    private async Task HoldBatchAsync(BatchMessage message, CancellationToken cancellationToken)
    {
        var loader = Known(message.Stream, message.LineNumber, "BATCH");
        var (files, gzip) = BatchFiles.Resolve(message);
        var part = new BatchPart(message, files, gzip, ++_records, session.UtcNow, session.Time.GetTimestamp());
        if (_batches is null || !_batches.TryAdd(loader, part))
        {
            await LoadHeldBatchesAsync(cancellationToken);
            _batches = new BatchRun(loader, part);
        }
    }

    /// <summary>Queues the BATCH messages held so far for their commit.</summary>
    private async Task LoadHeldBatchesAsync(CancellationToken cancellationToken)
    {
        if (_batches is { } run)
        {
            _batches = null;
            try
            {
                await run.Loader.OnBatchAsync(run, cancellationToken);
            }
            catch (LoadException e) when (!session.Committer.HasFailed)
            {
                // Preparing the table for the files is the first message's doing, whichever message comes next.
                throw new InputException(run.Parts[0].Message.LineNumber, e.Message);
            }

            ReleaseStates();
        }
    }

    private async Task AfterRecordAsync(StreamLoader loader, CancellationToken cancellationToken)
    {
        if (loader.IsFull)
        {
            await BeginFlushAllAsync(cancellationToken, coveredOnly: true);
            ReleaseStates();
        }
    }

    private StreamLoader Known(string stream, long lineNumber, string what) =>
        _streams.TryGetValue(stream, out var loader) && loader.HasSchema
            ? loader
            : throw new InputException(lineNumber, $"stream \"{stream}\": {what} before the stream's SCHEMA");

    private async Task<StreamLoader> OpenAsync(string stream, CancellationToken cancellationToken)
    {
        if (!_streams.TryGetValue(stream, out var loader))
        {
            // Naming the table uses the engine's connection: no commit may be running meanwhile.
            await session.Committer.DrainAsync();
            loader = new StreamLoader(session, _states, stream, await _tables.ForAsync(stream, cancellationToken));
            _streams.Add(stream, loader);
        }

        return loader;
    }

    /// <summary>
    /// Queues every stream's batch for commit (see <see cref="InCommitOrder"/>), so that the STATEs read so far can follow.
    /// With <paramref name="coveredOnly"/>, streams that keep uncovered rows back commit only what the
    /// latest STATE covers.
    /// </summary>
    private async Task BeginFlushAllAsync(CancellationToken cancellationToken, bool coveredOnly = false)
    {
        await session.Committer.BeginRoundAsync(_streams.Values.Count(s => s.HasUnqueuedRows), cancellationToken);
        try
        {
            foreach (var stream in InCommitOrder())
            {
                await stream.BeginFlushAsync(cancellationToken, coveredOnly: coveredOnly);

                // A STATE that needs no later batch follows the ones queued so far, so that a later batch
                // that fails does not hold it back.
                ReleaseStates();
            }
        }
        finally
        {
            session.Committer.EndRound();
        }
    }

    /// <summary>
    /// Oldest first, except that streams committing only what a STATE covers come last: when the engine
    /// refuses a record of another stream, their commit still runs after that failure and can stop at
    /// the last STATE before it, where committing first would have stored rows the resume sends again.
    /// </summary>
    private IEnumerable<StreamLoader> InCommitOrder() =>
        _streams.Values.OrderBy(s => s.KeepsUncoveredBack).ThenBy(s => s.FirstUnqueuedSequence);

    private async Task FlushAllAsync(CancellationToken cancellationToken)
    {
        await LoadHeldBatchesAsync(cancellationToken);
        await BeginFlushAllAsync(cancellationToken);
        ReleaseStates();
        await session.Committer.DrainAsync();
    }

    /// <summary>The newest STATE whose records are all queued is written after their commits.</summary>
    private void ReleaseStates()
    {
        var firstUnqueued = Math.Min(_streams.Count == 0 ? long.MaxValue : _streams.Values.Min(s => s.FirstUnqueuedSequence), _batches?.FirstSequence ?? long.MaxValue);
        var released = _states.TakeReleased(firstUnqueued);
        if (released.Count > 0)
        {
            session.Committer.Then(() => _states.Write(released, session.Committer.StopsBefore));
        }
    }

    /// <summary>After a failure, commits what came before the point where the run stops, and writes the STATE that covers it.</summary>
    /// <returns>The commits' failure, if one has failed.</returns>
    private async Task<LoadException?> CommitAcceptedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAllAsync(cancellationToken);
            return null;
        }
        catch (LoadException e)
        {
            return e;
        }
    }
}
