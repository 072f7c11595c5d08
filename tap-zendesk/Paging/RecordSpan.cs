namespace Zendesk.Singer.Tap.Paging;

/// <summary>Where one record of a scanned response lies, and its own properties (none when it is no object).</summary>
internal readonly record struct RecordSpan(int Start, int Length, int FirstProperty, int PropertyCount, bool IsObject);
