using System.Text.Json;

namespace Zendesk.Singer.Tap.Paging;

/// <summary>
/// Where one property of a scanned record lies in the answer: its name as sent (still escaped when
/// <paramref name="NameEscaped"/>) and its value as raw JSON (a string with its quotes).
/// </summary>
internal readonly record struct RawProperty(int NameStart, int NameLength, bool NameEscaped, int ValueStart, int ValueLength, JsonTokenType Kind);
