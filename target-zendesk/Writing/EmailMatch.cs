namespace Zendesk.Singer.Destination.Writing;

/// <summary>The users an email finds: <see cref="Id"/> is set only when exactly one does.</summary>
internal readonly record struct EmailMatch(long? Id, int Count);
