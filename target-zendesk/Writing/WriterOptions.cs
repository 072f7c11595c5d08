namespace Zendesk.Singer.Destination.Writing;

/// <summary>The settings the writers share.</summary>
/// <param name="Verified">Users are created and updated as verified, with no verification email.</param>
/// <param name="Parallelism">Single-record requests in flight at once.</param>
internal sealed record WriterOptions(bool Verified, int Parallelism, string ProfileSource, string ProfileType, IReadOnlySet<string> Events)
{
    /// <summary>How single-record requests run side by side.</summary>
    public ParallelOptions Side(CancellationToken ct) => new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct };
}
