namespace Zendesk.Singer.Tap.Sync.Exports;

/// <summary>A record of an export page whose children are fetched: its id and the time of its latest change.</summary>
internal readonly record struct ParentRef(long Id, DateTimeOffset ChangedAt);
