using Zendesk.Singer.Protocol.Configuration;
using Zendesk.Singer.Target.Configuration;

namespace Zendesk.Singer.Target.Tests.Configuration;

public sealed class TargetConfigTests
{
    [Fact]
    public void Every_setting_has_a_default_when_there_is_no_config_file()
    {
        var config = TargetConfig.Load(null, _ => { });

        config.Kind.ShouldBe(WarehouseKind.DuckDb);
        config.DuckDbPath.ShouldBe("zendesk.duckdb");
        config.Schema.ShouldBe("zendesk");
        config.LoadMethod.ShouldBe(LoadMethod.Upsert);
        config.BatchSizeRows.ShouldBe(20_480);
        config.ValidateRecords.ShouldBeTrue();
        config.AddRecordMetadata.ShouldBeFalse();
        config.HardDelete.ShouldBeFalse();
        config.FlatteningEnabled.ShouldBeFalse();
        config.Postgres.Description.ShouldBe("PostgreSQL localhost:5432/postgres as postgres");
        config.DuckDbMemoryLimitMb.ShouldBeNull();
        config.StripStreamSchemaPrefix.ShouldBeTrue();
    }

    [Fact]
    public void Reads_every_key()
    {
        var config = Load("""
            {"dialect": "postgres", "host": "db.internal", "port": "6543", "user": "loader", "password": "pw", "database": "dw",
             "ssl_mode": "require", "schema": "support", "load_method": "append-only", "stream_load_methods": {"tickets": "upsert"},
             "batch_size_rows": 500, "add_record_metadata": true, "flattening_enabled": true, "flattening_max_depth": 3,
             "hard_delete": true, "validate_records": false, "duckdb_memory_limit_mb": "256",
             "strip_stream_schema_prefix": false}
            """);

        config.Kind.ShouldBe(WarehouseKind.Postgres);
        config.Postgres.Description.ShouldBe("PostgreSQL db.internal:6543/dw as loader");
        config.Postgres.ConnectionString.ShouldContain("SSL Mode=Require");
        config.Schema.ShouldBe("support");
        config.LoadMethod.ShouldBe(LoadMethod.AppendOnly);
        config.MethodFor("tickets", hasKeys: true).ShouldBe(LoadMethod.Upsert);
        config.MethodFor("users", hasKeys: true).ShouldBe(LoadMethod.AppendOnly);
        config.BatchSizeRows.ShouldBe(500);
        config.AddRecordMetadata.ShouldBeTrue();
        config.FlatteningEnabled.ShouldBeTrue();
        config.FlatteningMaxDepth.ShouldBe(3);
        config.HardDelete.ShouldBeTrue();
        config.ValidateRecords.ShouldBeFalse();
        config.DuckDbMemoryLimitMb.ShouldBe(256);
        config.StripStreamSchemaPrefix.ShouldBeFalse();
    }

    [Fact]
    public void Upsert_falls_back_to_append_only_for_a_stream_without_keys()
    {
        var config = TargetConfig.Load(null, _ => { });

        config.MethodFor("ticket_events", hasKeys: false).ShouldBe(LoadMethod.AppendOnly);
        config.MethodFor("tickets", hasKeys: true).ShouldBe(LoadMethod.Upsert);
    }

    [Fact]
    public void A_postgresql_uri_is_read_into_its_parts_and_explicit_keys_override_them()
    {
        var config = Load("""{"dialect": "postgres", "connection_string": "postgresql://ann:p%40ss@pg.example.com:5433/warehouse?sslmode=disable", "database": "other"}""");

        config.Postgres.Description.ShouldBe("PostgreSQL pg.example.com:5433/other as ann");
        config.Postgres.ConnectionString.ShouldContain("Password=p@ss");
        config.Postgres.ToString().ShouldNotContain("p@ss");
    }

    [Theory]
    [InlineData("""{"dialect": "mysql"}""", "\"dialect\" must be one of \"duckdb\", \"postgres\"")]
    [InlineData("""{"load_method": "merge"}""", "\"load_method\" must be one of \"upsert\", \"append-only\", \"overwrite\"")]
    [InlineData("""{"stream_load_methods": {"tickets": "replace"}}""", "\"stream_load_methods.tickets\" must be one of")]
    [InlineData("""{"stream_load_methods": ["tickets"]}""", "\"stream_load_methods\" must be an object")]
    [InlineData("""{"batch_size_rows": 0}""", "\"batch_size_rows\" must be between 1 and 10000000")]
    [InlineData("""{"validate_records": "maybe"}""", "\"validate_records\" must be true or false")]
    [InlineData("""{"duckdb_memory_limit_mb": 8}""", "\"duckdb_memory_limit_mb\" must be between 16 and 1048576")]
    [InlineData("""{"schema": ""}""", "\"schema\" must be a name of 1 to 63 bytes")]
    [InlineData("""{"default_target_schema": ""}""", "\"default_target_schema\" must be a name of 1 to 63 bytes")]
    [InlineData("""{"port": 70000}""", "\"port\" must be between 1 and 65535")]
    [InlineData("""{"connection_string": "Host=x;Bogus Key=1;Password=hunter2"}""", "\"connection_string\" is not a valid Npgsql connection string")]
    public void A_bad_value_is_refused_with_the_file_and_key_named(string json, string expected)
    {
        var error = Should.Throw<ConfigurationException>(() => Load(json));

        error.Message.ShouldContain("config file '");
        error.Message.ShouldContain(expected);
        error.Message.ShouldNotContain("hunter2");
    }

    [Fact]
    public void The_schema_meltano_names_default_target_schema_is_used_when_schema_is_not_set() =>
        Load("""{"default_target_schema": "tap_zendesk_acme"}""").Schema.ShouldBe("tap_zendesk_acme");

    [Fact]
    public void An_explicit_schema_wins_over_default_target_schema() =>
        Load("""{"schema": "support", "default_target_schema": "tap_zendesk_acme"}""").Schema.ShouldBe("support");

    [Fact]
    public void Unknown_keys_are_reported_through_the_warning()
    {
        var warnings = new List<string>();

        Load("""{"schema": "s", "sqlalchemy_url": "x"}""", warnings.Add);

        warnings.ShouldHaveSingleItem().ShouldEndWith("unknown key \"sqlalchemy_url\" is ignored");
    }

    private static TargetConfig Load(string json, Action<string>? warn = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-config-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            return TargetConfig.Load(path, warn ?? (_ => { }));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
