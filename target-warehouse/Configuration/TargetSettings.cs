using System.Text.Json.Nodes;
using Zendesk.Singer.Protocol.About;
using Zendesk.Singer.Protocol.Maps;

namespace Zendesk.Singer.Target.Configuration;

/// <summary>Every config key the target understands: the source of <c>--about</c> and of the unknown-key warning.</summary>
internal static class TargetSettings
{
    public const string DefaultPath = "zendesk.duckdb";
    public const string DefaultSchema = "zendesk";

    /// <summary>Meltano's loaders' name for the schema, which Meltano can fill per extractor.</summary>
    public const string DefaultTargetSchema = "default_target_schema";
    // Ten DuckDB vectors: DuckDB writes a full batch straight to the file (see DuckDbSettings.RowGroupRows).
    public const int DefaultBatchSizeRows = 20_480;
    public const int DefaultFlatteningMaxDepth = 1;
    public const string DefaultHost = "localhost";
    public const int DefaultPort = 5432;
    public const string DefaultUser = "postgres";
    public const string DefaultDatabase = "postgres";

    // Below 16 MB DuckDB cannot hold even one wide batch's vectors; the top is a terabyte.
    public const int MinDuckDbMemoryLimitMb = 16;
    public const int MaxDuckDbMemoryLimitMb = 1 << 20;

    public static readonly string[] SslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];

    public const string SslCertificateAuthority = "ssl_certificate_authority";
    public const string SslClientCertificate = "ssl_client_certificate";
    public const string SslClientPrivateKey = "ssl_client_private_key";

    public static readonly IReadOnlyList<SettingInfo> All =
    [
        new("dialect", "string", "Where to load: an embedded DuckDB file or a PostgreSQL server.", Default: "duckdb", Allowed: ["duckdb", "postgres"]),
        new("path", "string", "DuckDB database file; created when absent. Relative paths start in the working directory.", Default: DefaultPath),
        new("connection_string", "string", "PostgreSQL connection as an Npgsql connection string (Host=...;Username=...) or a postgresql:// URI. Keys below override its parts.", Secret: true),
        new("host", "string", "PostgreSQL host.", Default: DefaultHost),
        new("port", "integer", "PostgreSQL port.", Default: DefaultPort),
        new("user", "string", "PostgreSQL user.", Default: DefaultUser),
        new("password", "string", "PostgreSQL password.", Secret: true),
        new("database", "string", "PostgreSQL database.", Default: DefaultDatabase),
        new("ssl_mode", "string", "PostgreSQL SSL mode.", Default: "prefer", Allowed: SslModes),
        new(SslCertificateAuthority, "string", "The certificate of the authority that signed the server's certificate, as a PEM file's path or the PEM text; ssl_mode verify-ca or verify-full checks the server against it."),
        new(SslClientCertificate, "string", "A client certificate for a server that signs in clients by certificate, as a PEM file's path or the PEM text; goes with ssl_client_private_key."),
        new(SslClientPrivateKey, "string", "The client certificate's private key, as a PEM file's path or the PEM text.", Secret: true),
        new("schema", "string", "Schema that receives one table per stream; created when absent. Default: default_target_schema, else zendesk."),
        new(DefaultTargetSchema, "string", "The schema as Meltano's loaders name it, used when schema is not set: Meltano can fill it from $MELTANO_EXTRACT__LOAD_SCHEMA, so that each extractor (each Zendesk account) loads into a schema of its own."),
        new("load_method", "string", "How records reach a table: upsert by key (streams without keys are appended), append every record, or replace the table's content each run.", Default: LoadMethods.Upsert, Allowed: LoadMethods.All),
        new("stream_load_methods", "object", "Per-stream load methods, e.g. {\"ticket_audits\": \"append-only\"}; they override load_method.", Default: new JsonObject()),
        new("batch_size_rows", "integer", "Rows held per stream before they are committed; bounds memory. In DuckDB a multiple of 2048 from 16384 to 122880 is also the size of the file's row groups, so that a full batch goes straight into the file rather than through its write-ahead log.", Default: DefaultBatchSizeRows),
        new("add_record_metadata", "boolean", "Add the _sdc_ metadata columns (extracted, received, batched, deleted, sequence, table version, sync start).", Default: false),
        new("flattening_enabled", "boolean", "Store properties of nested objects in columns named parent__child instead of one JSON column.", Default: false),
        new("flattening_max_depth", "integer", "How many levels of nested objects are flattened when flattening is enabled.", Default: DefaultFlatteningMaxDepth),
        new("hard_delete", "boolean", "Delete rows that ACTIVATE_VERSION retires, and rows whose record has _sdc_deleted_at set, instead of marking them in _sdc_deleted_at.", Default: false),
        new("duckdb_memory_limit_mb", "integer", "DuckDB's memory limit in MB. Without it the limit starts at 64 MB and rises for a batch that needs more (wide tables, long text); set, it stays where it is put. Beyond it DuckDB spills to a .tmp folder beside the database file."),
        new("validate_records", "boolean", "Check every record against its stream's schema while converting it; when off, values are coerced where possible.", Default: true),
        new("strip_stream_schema_prefix", "boolean", "Load a stream named schema-table, as database taps name them (public-orders), into the table named after its last part (orders), as the Meltano SDK's targets and pipelinewise do; false names the table after the whole stream name (public_orders). A stream keeps the table it was given in an earlier run.", Default: true),
        new(MapSettings.StreamMaps, "object", MapSettings.StreamMapsDescription, Default: new JsonObject()),
        new(MapSettings.StreamMapConfig, "object", MapSettings.StreamMapConfigDescription, Default: new JsonObject()),
    ];

    public static bool IsKnown(string key) => All.Any(s => s.Name == key);
}
