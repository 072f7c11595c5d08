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
    private readonly HashSet<string> _otherStreams = new(StringComparer.Ordinal);
    private Round _round = new(config.RoundSize, config.EventsPerRound);
    private JsonElement? _state;
    private Task<bool>? _writing;
    private long _rejectsLogged;

    public RunSummary Summary { get; } = new();

    /// <summary>True when the rejects passed <see cref="DestinationConfig.MaxRejects"/> and the run stopped.</summary>
    public bool TooManyRejects { get; private set; }

    public async Task RunAsync(Stream input, CancellationToken ct)
    {
        try
        {
            if (!await ReadAsync(input, ct))
            {
                return;
            }
        }
        catch (SingerProtocolException)
        {
            // What was read before the bad line is accepted: it is written and its STATE goes out before the run fails.
            await FinishAsync(ct);
            throw;
        }

        await FinishAsync(ct);
    }

    /// <returns>False when the run must stop: too many rejects.</returns>
    private async Task<bool> ReadAsync(Stream input, CancellationToken ct)
    {
        await foreach (var message in new SingerReader(input).ReadAllAsync(ct))
        {
            switch (message)
            {
                case RecordMessage record when _reader.KindOf(record.Stream) is { } kind:
                    _round.Add(_reader.Read(kind, record.Stream, record.LineNumber, record.Record));
                    if (_round.Overfull && !await CloseRoundAsync(ct))
                    {
                        return false;
                    }

                    break;
                case RecordMessage record:
                    if (_otherStreams.Add(record.Stream))
                    {
                        log.Warn($"line {record.LineNumber}: the stream \"{record.Stream}\" is none of the identify, group and track streams of the config; its records are ignored");
                    }

                    break;
                case BatchMessage batch:
                    throw new SingerProtocolException(batch.LineNumber, $"stream \"{batch.Stream}\": target-zendesk reads RECORD messages, not BATCH files; run the tap without batch_config");
                case StateMessage state:
                    _state = state.Value.Clone();
                    if (_round.Calls.Count == 0 && _writing is null or { IsCompletedSuccessfully: true })
                    {
                        EmitState(_state);
                        _state = null;
                    }
                    else if (_round.Full && !await CloseRoundAsync(ct))
                    {
                        // A full round ends at a STATE, so that the STATE written after it covers the whole round.
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>
    /// Hands the round read so far to the sink once the one before it is confirmed, and goes back to
    /// reading: the next round is read and mapped while this one is written.
    /// </summary>
    /// <returns>False when the run must stop: too many rejects.</returns>
    private async Task<bool> CloseRoundAsync(CancellationToken ct)
    {
        if (_writing is not null && !await _writing)
        {
            return false;
        }

        var (round, state) = (_round, _state);
        (_round, _state) = (new Round(config.RoundSize, config.EventsPerRound), null);
        _writing = ConfirmAsync(round, state, ct);
        return true;
    }

    private async Task FinishAsync(CancellationToken ct)
    {
        if (await CloseRoundAsync(ct))
        {
            await _writing!;
        }
    }

    /// <returns>False when the run must stop: too many rejects.</returns>
    private async Task<bool> ConfirmAsync(Round round, JsonElement? state, CancellationToken ct)
    {
        if (round.Calls.Count > 0)
        {
            await sink.WriteAsync(round, ct);
            rejects.Write(round.Calls);
            foreach (var call in round.Calls.Where(c => c.Outcome == CallOutcome.Rejected))
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

            Summary.Add(round.Calls);
            log.Info("round confirmed", ("calls", round.Calls.Count), ("rejected", round.Calls.Count(c => c.Outcome == CallOutcome.Rejected)));
        }

        EmitState(state);
        if (config.MaxRejects is { } max && Summary.Rejected > max)
        {
            TooManyRejects = true;
            return false;
        }

        return true;
    }

    private void EmitState(JsonElement? state)
    {
        if (state is { } value && stateOutput is not null)
        {
            stateOutput.WriteState(value);
            stateOutput.Flush();
        }
    }
}
