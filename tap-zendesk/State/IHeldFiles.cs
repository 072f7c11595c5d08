namespace Zendesk.Singer.Tap.State;

/// <summary>
/// Files a group's streams write besides its spool (batch files), announced by messages that must go
/// out ahead of the group's STATE: the group seals them just before it publishes, confirms them
/// after, and discards them with the rest of what it held.
/// </summary>
internal interface IHeldFiles
{
    /// <summary>Whether a file reached the batch size since the files were last sealed.</summary>
    bool HasFullFile { get; }

    /// <summary>Completes the files written so far, gives them their final names and announces them on the group's writer.</summary>
    void Seal();

    /// <summary>The STATE that covers the sealed files is out: they belong to whatever reads the output.</summary>
    void Published();

    /// <summary>Deletes every file no published STATE covers.</summary>
    void Discard();
}
