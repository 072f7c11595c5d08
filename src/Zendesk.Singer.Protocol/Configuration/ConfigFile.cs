using System.Globalization;
using System.Text.Json;
using Zendesk.Singer.Protocol.Serialization;

namespace Zendesk.Singer.Protocol.Configuration;

/// <summary>
/// A JSON config file read once at the edge, or one of its nested objects (<see cref="Section"/>).
/// Every accessor names the file and the key's full path in its error and never repeats the value
/// it refused, because the value may be a secret.
/// </summary>
internal sealed class ConfigFile
{
    private readonly JsonElement _root;
    private readonly string _prefix;

    private ConfigFile(string path, JsonElement root, string prefix = "")
    {
        Path = path;
        _root = root;
        _prefix = prefix;
    }

    public string Path { get; }

    public IEnumerable<string> Keys => _root.EnumerateObject().Select(p => p.Name);

    public static ConfigFile Load(string path)
    {
        using var document = JsonFiles.ReadDocument(path, "config");
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigurationException($"config file '{path}' must hold a JSON object");
        }

        return new ConfigFile(path, document.RootElement.Clone());
    }

    public static ConfigFile FromJson(string path, string json)
    {
        using var document = JsonDocument.Parse(json);
        return new ConfigFile(path, document.RootElement.Clone());
    }

    public bool Has(string key) => TryGet(key, out _);

    /// <summary>The object at <paramref name="key"/>, read with the same accessors; its errors name the key's full path.</summary>
    public ConfigFile? Section(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new ConfigFile(Path, value, Name(key) + ".")
            : throw WrongType(key, "an object", value);
    }

    public string? String(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            _ => throw WrongType(key, "a string", value),
        };
    }

    public string RequiredString(string key) =>
        String(key) is { Length: > 0 } value ? value : throw Missing(key);

    public long? Integer(string key, long min = long.MinValue, long max = long.MaxValue)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        // Meltano passes every setting from the environment as a string, so "300" is accepted as 300.
        long number;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n))
        {
            number = n;
        }
        else if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
        }
        else
        {
            throw WrongType(key, "an integer", value);
        }

        if (number < min || number > max)
        {
            throw Invalid(key, $"must be between {min} and {max}");
        }

        return number;
    }

    public bool? Boolean(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
            _ => throw WrongType(key, "true or false", value),
        };
    }

    public DateTimeOffset? DateTime(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            throw Invalid(key, "must be an ISO 8601 date-time such as 2024-01-01T00:00:00Z");
        }

        return parsed;
    }

    public string? OneOf(string key, params string[] allowed)
    {
        var text = String(key);
        if (text is not null && !allowed.Contains(text, StringComparer.Ordinal))
        {
            throw Invalid(key, $"must be one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}");
        }

        return text;
    }

    public JsonElement? Element(string key) => TryGet(key, out var value) ? value : null;

    public ConfigurationException Missing(string key) =>
        new($"config file '{Path}': the required key \"{Name(key)}\" is missing");

    /// <summary>An error naming the file and the key's full path, then <paramref name="problem"/>.</summary>
    public ConfigurationException Invalid(string key, string problem) =>
        new($"config file '{Path}': \"{Name(key)}\" {problem}");

    /// <summary>The key's full path: below a <see cref="Section"/>, the section's path, a dot, then the key.</summary>
    public string Name(string key) => _prefix + key;

    private bool TryGet(string key, out JsonElement value)
    {
        if (_root.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    private ConfigurationException WrongType(string key, string expected, JsonElement found) =>
        Invalid(key, $"must be {expected}, not {JsonKinds.Describe(found.ValueKind)}");
}
