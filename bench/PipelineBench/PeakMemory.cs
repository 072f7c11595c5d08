using System.Globalization;

namespace Zendesk.Singer.PipelineBench;

/// <summary>A process's peak resident memory, read from the kernel's high-water mark (VmHWM) while it runs.</summary>
internal sealed class PeakMemory(int pid)
{
    private long _peakKilobytes;

    public double Megabytes => _peakKilobytes / 1024.0;

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
                    return;
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
