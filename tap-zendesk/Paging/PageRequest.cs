namespace Zendesk.Singer.Tap.Paging;

/// <summary>A page to ask for, with what the paginator needs to remember about it.</summary>
/// <param name="Url">Path and query, relative to the account's base URL.</param>
/// <param name="StartTime">Time-based exports: the <c>start_time</c> asked for.</param>
/// <param name="Number">Offset paging: the 1-based page number.</param>
/// <param name="Cursor">Cursor paging: the cursor this page was asked with, if any.</param>
internal sealed record PageRequest(string Url, long? StartTime = null, int Number = 1, string? Cursor = null);
