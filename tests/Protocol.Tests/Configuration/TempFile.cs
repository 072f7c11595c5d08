namespace Zendesk.Singer.Protocol.Tests.Configuration;

internal sealed class TempFile : IDisposable
{
    private TempFile(string path) => Path = path;

    public string Path { get; }

    public static TempFile With(string content)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"zs-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return new TempFile(path);
    }

    public void Dispose() => File.Delete(Path);
}
