using System.Text;
using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Protocol.Maps;

namespace Zendesk.Singer.Target.Configuration;

/// <summary>The target's settings, read and checked once at start-up.</summary>
internal sealed record TargetConfig
{
    public WarehouseKind Kind { get; init; } = WarehouseKind.DuckDb;

    public string DuckDbPath { get; init; } = TargetSettings.DefaultPath;

    public PostgresSettings Postgres { get; init; } = PostgresSettings.Default;

    public string Schema { get; init; } = TargetSettings.DefaultSchema;

    public LoadMethod LoadMethod { get; init; } = LoadMethod.Upsert;

    public IReadOnlyDictionary<string, LoadMethod> StreamLoadMethods { get; init; } = new Dictionary<string, LoadMethod>();

    public int BatchSizeRows { get; init; } = TargetSettings.DefaultBatchSizeRows;

    public bool AddRecordMetadata { get; init; }

    public bool FlatteningEnabled { get; init; }

    public int FlatteningMaxDepth { get; init; } = TargetSettings.DefaultFlatteningMaxDepth;

    public bool HardDelete { get; init; }

    public bool ValidateRecords { get; init; } = true;

    /// <summary>Whether a stream named <c>schema-table</c> loads into table <c>table</c>.</summary>
    public bool StripStreamSchemaPrefix { get; init; } = true;

    /// <summary>DuckDB's memory limit as configured; null leaves it to the dialect, which sizes it from the work.</summary>
    public int? DuckDbMemoryLimitMb { get; init; }

    /// <summary>The stream maps applied to the messages read (<c>stream_maps</c>, <c>stream_map_config</c>).</summary>
    public StreamMaps Maps { get; init; } = StreamMaps.None;

    /// <summary>The configured method for a stream; upsert falls back to append-only for a stream without keys.</summary>
    public LoadMethod MethodFor(string stream, bool hasKeys)
    {
        var method = StreamLoadMethods.TryGetValue(stream, out var own) ? own : LoadMethod;
        return method == LoadMethod.Upsert && !hasKeys ? LoadMethod.AppendOnly : method;
    }

    public static TargetConfig Load(string? path, Action<string> warn)
    {
        if (path is null)
        {
            return new TargetConfig();
        }

        var file = ConfigFile.Load(path);
        foreach (var key in file.Keys.Where(k => !TargetSettings.IsKnown(k)))
        {
            warn($"config file '{path}': unknown key \"{key}\" is ignored");
        }

        var kind = file.OneOf("dialect", "duckdb", "postgres") == "postgres" ? WarehouseKind.Postgres : WarehouseKind.DuckDb;
        // An explicit schema wins over the one Meltano fills in for every loader.
        var schemaKey = file.Has("schema") ? "schema" : TargetSettings.DefaultTargetSchema;
        var schema = file.String(schemaKey) ?? TargetSettings.DefaultSchema;
        if (schema.Length == 0 || Encoding.UTF8.GetByteCount(schema) > 63)
        {
            throw new ConfigurationException($"config file '{path}': \"{schemaKey}\" must be a name of 1 to 63 bytes");
        }

        var duckDbPath = file.String("path") ?? TargetSettings.DefaultPath;
        if (duckDbPath.Length == 0)
        {
            throw new ConfigurationException($"config file '{path}': \"path\" must not be empty");
        }

        var flattening = file.Boolean("flattening_enabled") ?? false;
        var depth = file.Integer("flattening_max_depth", 0, 32) ?? TargetSettings.DefaultFlatteningMaxDepth;
        return new TargetConfig
        {
            Kind = kind,
            DuckDbPath = duckDbPath,
            Postgres = PostgresSettings.From(file),
            Schema = schema,
            LoadMethod = LoadMethods.Parse(file.OneOf("load_method", LoadMethods.All) ?? LoadMethods.Upsert),
            StreamLoadMethods = ReadStreamLoadMethods(file),
            BatchSizeRows = (int)(file.Integer("batch_size_rows", 1, 10_000_000) ?? TargetSettings.DefaultBatchSizeRows),
            AddRecordMetadata = file.Boolean("add_record_metadata") ?? false,
            FlatteningEnabled = flattening,
            FlatteningMaxDepth = (int)depth,
            HardDelete = file.Boolean("hard_delete") ?? false,
            ValidateRecords = file.Boolean("validate_records") ?? true,
            StripStreamSchemaPrefix = file.Boolean("strip_stream_schema_prefix") ?? true,
            DuckDbMemoryLimitMb = (int?)file.Integer("duckdb_memory_limit_mb", TargetSettings.MinDuckDbMemoryLimitMb, TargetSettings.MaxDuckDbMemoryLimitMb),
            Maps = StreamMapsReader.Read(file),
        };
    }

    private static Dictionary<string, LoadMethod> ReadStreamLoadMethods(ConfigFile file)
    {
        var methods = new Dictionary<string, LoadMethod>(StringComparer.Ordinal);
        if (file.Element("stream_load_methods") is not { } element)
        {
            return methods;
        }

        if (element.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            throw new ConfigurationException($"config file '{file.Path}': \"stream_load_methods\" must be an object mapping stream names to load methods");
        }

        foreach (var entry in element.EnumerateObject())
        {
            var text = entry.Value.ValueKind == System.Text.Json.JsonValueKind.String ? entry.Value.GetString() : null;
            if (text is null || !LoadMethods.All.Contains(text, StringComparer.Ordinal))
            {
                var allowed = string.Join(", ", LoadMethods.All.Select(a => $"\"{a}\""));
                throw new ConfigurationException($"config file '{file.Path}': \"stream_load_methods.{entry.Name}\" must be one of {allowed}");
            }

            methods[entry.Name] = LoadMethods.Parse(text);
        }

        return methods;
    }
}
