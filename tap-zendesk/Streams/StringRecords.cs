namespace Zendesk.Singer.Tap.Streams;

/// <summary>
/// A records array of bare strings (macro category names, a help center's locales): each string becomes
/// a record holding it under <paramref name="Property"/>. With <paramref name="DefaultKey"/>, the record
/// also says in <c>is_default</c> whether it is the string the page names under that key.
/// </summary>
internal sealed record StringRecords(string Property, string? DefaultKey = null);
