namespace Zendesk.Singer.Target.Loading;

/// <summary>A record of a batch file the schema or its column refuses, named by file, line and field.</summary>
internal sealed class BatchRefusedException(FileRefusal refusal) : Exception(refusal.Problem)
{
    public FileRefusal Refusal { get; } = refusal;
}
