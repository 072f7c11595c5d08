using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zendesk.Singer.Http;

/// <summary>
/// Replaces a file whole: the new content goes to a file beside it, created with the given mode and
/// flushed to disk, which is then renamed over the old one. A crash leaves the old file or the new.
/// </summary>
internal static class FileReplacement
{
    public static async Task WriteAsync(string path, JsonObject content, UnixFileMode mode, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        try
        {
            // A file left by a run that died here would keep its own mode.
            File.Delete(temporary);
            await using (var stream = new FileStream(temporary, options))
            {
                await using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    content.WriteTo(json);
                }

                await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
