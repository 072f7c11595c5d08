namespace Zendesk.Singer.Http.Tests;

/// <summary>A directory of its own for a test's files, removed with everything in it.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("http-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
