using System.Text.Json;
using Zendesk.Singer.Connection;
using Zendesk.Singer.Destination.Calls;
using Zendesk.Singer.Destination.Configuration;
using Zendesk.Singer.Protocol.Lines;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Destination.Flow;

/// <summary>
/// Reads the input into rounds and hands each to the sink. A STATE goes out only once every call read
/// before it is confirmed and its rejects are in the rejects file: a run stopped anywhere and resumed
/// from the last STATE written leaves the account as one uninterrupted run would.
/// </summary>
internal sealed class DestinationRun(DestinationConfig config, IRoundSink sink, SingerWriter? stateOutput, RejectsFile rejects, ProgramLog log)
{
    private const int MaxRejectsLogged = 20;

    private readonly CallReader _reader = new(config);
    private readonly Round _round = new(config.RoundSize, config.EventsPerRound);
    private readonly HashSet<string> _otherStreams = new(StringComparer.Ordinal);
    private JsonElement? _state;
    private long _rejectsLogged;

    public RunSummary Summary { get; } = new();

    /// <summary>True when the rejects passed <see cref="DestinationConfig.MaxRejects"/> and the run stopped.</summary>
    public bool TooManyRejects { get; private set; }

    public async Task RunAsync(Stream input, CancellationToken ct)
    {
        try
        {
            await ReadAsync(input, ct);
        }
        catch (SingerProtocolException)
        {
            // What was read before the bad line is accepted: it is written and its STATE goes out before the run fails.
            await ConfirmAsync(ct);
            throw;
        }
    }

    private async Task ReadAsync(Stream input, CancellationToken ct)
    {
        await foreach (var message in new SingerReader(input).ReadAllAsync(ct))
        {
            switch (message)
            {
                case RecordMessage record when _reader.KindOf(record.Stream) is { } kind:
                    _round.Add(_reader.Read(kind, record.Stream, record.LineNumber, record.Record));
                    if (_round.Full && !await ConfirmAsync(ct))
                    {
                        return;
                    }

                    break;
                case RecordMessage record:
                    if (_otherStreams.Add(record.Stream))
                    {
                        log.Warn($"line {record.LineNumber}: the stream \"{record.Stream}\" is none of the identify, group and track streams of the config; its records are ignored");
                    }

                    break;
                case StateMessage state:
                    _state = state.Value.Clone();
                    if (_round.Calls.Count == 0)
                    {
                        EmitState();
                    }

                    break;
            }
        }

        await ConfirmAsync(ct);
    }

    /// <returns>False when the run must stop: too many rejects.</returns>
    private async Task<bool> ConfirmAsync(CancellationToken ct)
    {
        if (_round.Calls.Count > 0)
        {
            await sink.WriteAsync(_round, ct);
            rejects.Write(_round.Calls);
            foreach (var call in _round.Calls.Where(c => c.Outcome == CallOutcome.Rejected))
            {
                if (++_rejectsLogged <= MaxRejectsLogged)
                {
                    log.Warn("rejected " + RejectsFile.Describe(call));
                }
                else if (_rejectsLogged == MaxRejectsLogged + 1)
                {
                    log.Warn($"more records were rejected; from here on they are listed only in the rejects file '{rejects.Path}'");
                }
            }

            Summary.Add(_round.Calls);
            log.Info("round confirmed", ("calls", _round.Calls.Count), ("rejected", _round.Calls.Count(c => c.Outcome == CallOutcome.Rejected)));
            _round.Clear();
        }

        EmitState();
        if (config.MaxRejects is { } max && Summary.Rejected > max)
        {
            TooManyRejects = true;
            return false;
        }

        return true;
    }

    private void EmitState()
    {
        if (_state is { } state && stateOutput is not null)
        {
            stateOutput.WriteState(state);
            stateOutput.Flush();
            _state = null;
        }
    }
}
