namespace Zendesk.Singer.Tap.Sync.Lists;

/// <summary>How a record read from a list stands against its stream's bookmark.</summary>
internal enum ListChange
{
    /// <summary>Emitted before: at or before the bookmark.</summary>
    Covered,

    /// <summary>Changed since the bookmark, within the run's window.</summary>
    New,

    /// <summary>Changed past end_date: left to the run that starts at the window's end.</summary>
    Later,
}
