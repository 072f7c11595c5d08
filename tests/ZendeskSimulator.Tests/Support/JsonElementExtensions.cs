using System.Text.Json;

namespace Zendesk.Simulator.Tests.Support;

internal static class JsonElementExtensions
{
    /// <summary>The length of an array, or 1 for any other value (a single record).</summary>
    public static int GetArrayLengthOrOne(this JsonElement element) => element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : 1;
}
