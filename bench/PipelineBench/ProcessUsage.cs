using System.Globalization;

namespace Zendesk.Singer.PipelineBench;

/// <summary>
/// A process's peak resident memory (the kernel's high-water mark, VmHWM), the processor time it
/// used (user and system) and the bytes it wrote, read from /proc while it runs: once it has exited
/// its last sample stands.
/// </summary>
internal sealed class ProcessUsage(int pid)
{
    /// <summary>The kernel counts processor time in ticks of 1/100 s (USER_HZ) on every Linux build.</summary>
    private const double TicksPerSecond = 100;

    private long _peakKilobytes;

    public double Megabytes => _peakKilobytes / 1024.0;

    public double UserSeconds { get; private set; }

    public double SystemSeconds { get; private set; }

    public double ProcessorSeconds => UserSeconds + SystemSeconds;

    /// <summary>What the process has written (its output and its log), from the kernel's count of its writes.</summary>
    public long WrittenBytes { get; private set; }

    public void Sample()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
                    _peakKilobytes = Math.Max(_peakKilobytes, kilobytes);
                    break;
                }
            }

            // The command name may hold spaces and parentheses: the fields are counted from the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            UserSeconds = Math.Max(UserSeconds, long.Parse(fields[11], CultureInfo.InvariantCulture) / TicksPerSecond);
            SystemSeconds = Math.Max(SystemSeconds, long.Parse(fields[12], CultureInfo.InvariantCulture) / TicksPerSecond);
            foreach (var line in File.ReadLines($"/proc/{pid}/io"))
            {
                if (line.StartsWith("wchar:", StringComparison.Ordinal))
                {
                    WrittenBytes = Math.Max(WrittenBytes, long.Parse(line["wchar:".Length..].Trim(), CultureInfo.InvariantCulture));
                    break;
                }
            }
        }
        catch (IOException)
        {
            // The process is gone; its last sample stands.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
