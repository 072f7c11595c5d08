namespace Zendesk.Simulator.Data;

/// <summary>An organization membership created through the API.</summary>
internal sealed class AddedMembership
{
    public required int User { get; init; }

    public required int Organization { get; init; }

    public required long Created { get; init; }

    public long Updated { get; set; }

    public bool Removed { get; set; }
}
