using System.IO.Compression;
using Zendesk.Singer.Protocol.Messages;

namespace Zendesk.Singer.Tap.Sync.Batches;

/// <summary>
/// One batch file: written under a temporary name beside its final one and renamed only once it is
/// complete and about to be announced, so that no reader finds half a file under a final name.
/// </summary>
internal sealed class BatchFile
{
    private const string Partial = ".partial";

    private FileStream? _file;
    private Stream? _body;

    private BatchFile(string path, bool gzip)
    {
        FinalPath = path;
        _file = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        // Fastest: the files are read once by the target, and compressing is the bulk of the tap's work here.
        _body = gzip ? new GZipStream(_file, CompressionLevel.Fastest, leaveOpen: true) : _file;
    }

    public string FinalPath { get; }

    public string TemporaryPath => FinalPath + Partial;

    /// <summary>The file's final name as a manifest gives it: an absolute <c>file://</c> URI.</summary>
    public string Uri => BatchFileUri.Of(FinalPath);

    public int Records { get; private set; }

    public bool IsFinal { get; private set; }

    public static BatchFile Create(string path, bool gzip) => new(path, gzip);

    /// <summary>Appends one record, <paramref name="line"/> ending in its newline.</summary>
    public void Append(ReadOnlySpan<byte> line)
    {
        _body!.Write(line);
        Records++;
    }

    /// <summary>Writes what is buffered (and the gzip trailer) to disk; the file keeps its temporary name.</summary>
    public void Complete()
    {
        if (_body is not null && _body != _file)
        {
            _body.Dispose();
        }

        _file?.Flush(flushToDisk: true);
        _file?.Dispose();
        _body = _file = null;
    }

    /// <summary>Gives the completed file its final name.</summary>
    public void MakeFinal()
    {
        File.Move(TemporaryPath, FinalPath, overwrite: false);
        IsFinal = true;
    }

    /// <summary>Removes the file under whichever name it has.</summary>
    public void Delete()
    {
        try
        {
            Complete();
        }
        catch (IOException)
        {
            // A file that cannot be finished (a full disk) is deleted all the same.
        }

        File.Delete(IsFinal ? FinalPath : TemporaryPath);
    }
}
