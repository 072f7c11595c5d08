using System.Runtime.InteropServices;
using Zendesk.Singer.Tap.Sync;

namespace Zendesk.Singer.Tap.Cli;

/// <summary>
/// Notices that the reader of the tap's stdout is gone (the target died, or <c>| head</c> has read
/// enough), even while nothing is being written: records are held back until their STATE, so a
/// write may be minutes away. A pipe whose read end is closed reports an error condition to
/// <c>poll</c>; the watch looks several times a second and then cancels <see cref="Token"/>.
/// </summary>
internal sealed class OutputWatch : IAsyncDisposable
{
    private const short PollErr = 0x008;
    private const short PollHup = 0x010;
    private const short PollNval = 0x020;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly int _descriptor;
    private readonly CancellationTokenSource _gone = new();
    private readonly BackgroundLoop _loop;

    private OutputWatch(int descriptor)
    {
        _descriptor = descriptor;
        _loop = new BackgroundLoop(stop => Task.Run(() => WatchAsync(stop), stop));
    }

    /// <summary>Cancelled once the output is gone.</summary>
    public CancellationToken Token => _gone.Token;

    public bool IsGone => _gone.IsCancellationRequested;

    /// <summary>Watches stdout where the platform lets us ask; elsewhere the token is never cancelled and a failed write tells instead.</summary>
    public static OutputWatch Stdout() => new(OperatingSystem.IsWindows() ? -1 : 1);

    public async ValueTask DisposeAsync()
    {
        await _loop.DisposeAsync();
        _gone.Dispose();
    }

    private async Task WatchAsync(CancellationToken stop)
    {
        if (_descriptor < 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stop))
        {
            if (Closed(_descriptor))
            {
                await _gone.CancelAsync();
                return;
            }
        }
    }

    private static bool Closed(int descriptor)
    {
        var fds = new[] { new PollDescriptor { Descriptor = descriptor, Events = 0 } };
        try
        {
            return Poll(fds, 1, 0) > 0 && (fds[0].Returned & (PollErr | PollHup | PollNval)) != 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Poll([In, Out] PollDescriptor[] fds, nuint count, int timeout);

    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short Returned;
    }
}
