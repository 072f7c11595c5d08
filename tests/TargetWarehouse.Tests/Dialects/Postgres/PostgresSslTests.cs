using System.Text.Json.Nodes;
using Npgsql;
using Zendesk.Singer.Target.Tests.Support;
using Zendesk.Singer.Testing;
using static Zendesk.Singer.Target.Tests.Support.SingerMessages;

namespace Zendesk.Singer.Target.Tests.Dialects.Postgres;

/// <summary>
/// The server checked against its authority and the target signed in by a client certificate, on the
/// server test.sh starts with SSL on and a <c>cert</c> rule for the role zs_cert.
/// </summary>
public sealed class PostgresSslTests
{
    private const string CertificateRole = "zs_cert";

    [Fact]
    public async Task A_target_signed_in_by_certificate_over_a_verified_connection_loads_its_rows()
    {
        await using var engine = new PostgresTestEngine();
        await GrantAsync(engine.Schema);
        var config = Config(engine.Schema);
        config["ssl_certificate_authority"] = Pem("ca.crt");
        config["ssl_client_certificate"] = Pem("client.crt");
        config["ssl_client_private_key"] = await File.ReadAllTextAsync(Pem("client.key"));

        var run = await TargetRunner.RunAsync(config, Rows());

        run.ExitCode.ShouldBe(0, run.Error);
        (await engine.CountAsync("items")).ShouldBe(2);
        run.Error.ShouldNotContain("BEGIN");
    }

    [Fact]
    public async Task Without_its_client_certificate_the_role_is_refused()
    {
        await using var engine = new PostgresTestEngine();
        await GrantAsync(engine.Schema);
        var config = Config(engine.Schema);
        config["ssl_certificate_authority"] = Pem("ca.crt");

        var run = await TargetRunner.RunAsync(config, Rows());

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("certificate");
    }

    [Fact]
    public async Task A_server_whose_certificate_another_authority_signed_is_refused()
    {
        await using var engine = new PostgresTestEngine();
        await GrantAsync(engine.Schema);
        var config = Config(engine.Schema);
        config["ssl_certificate_authority"] = Pem("other-ca.crt");
        config["ssl_client_certificate"] = Pem("client.crt");
        config["ssl_client_private_key"] = Pem("client.key");

        var run = await TargetRunner.RunAsync(config, Rows());

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("cannot open");
    }

    [Fact]
    public async Task A_certificate_file_that_does_not_exist_is_a_configuration_error_naming_the_key()
    {
        var config = Config("tw_never");
        config["ssl_client_certificate"] = "/nonexistent/client.crt";
        config["ssl_client_private_key"] = "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----";

        var run = await TargetRunner.RunAsync(config, Rows());

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("ssl_client_certificate");
        run.Error.ShouldNotContain("not a key");
    }

    private static JsonObject Config(string schema)
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString);
        return new JsonObject
        {
            ["dialect"] = "postgres",
            ["host"] = server.Host,
            ["port"] = server.Port,
            ["user"] = CertificateRole,
            ["database"] = server.Database,
            ["ssl_mode"] = "verify-full",
            ["schema"] = schema,
        };
    }

    private static string Pem(string name)
    {
        var folder = Environment.GetEnvironmentVariable("ZS_TEST_POSTGRES_SSL") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("ZS_TEST_POSTGRES_SSL is not set: run ./test.sh, which starts PostgreSQL with SSL on and makes the certificates these tests use");
        return Path.Combine(folder, name);
    }

    /// <summary>The certificate role may create the test's schema; the schema goes with the test, the role stays for the others.</summary>
    private static async Task GrantAsync(string schema)
    {
        await using var admin = await TestPostgres.OpenAsync(CancellationToken.None);
        await using var command = admin.CreateCommand();
        command.CommandText =
            $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{CertificateRole}') THEN CREATE ROLE {CertificateRole} LOGIN; END IF; END $$; "
            + $"GRANT CREATE ON DATABASE \"{admin.Database}\" TO {CertificateRole}; CREATE SCHEMA \"{schema}\" AUTHORIZATION {CertificateRole}";
        try
        {
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState is "23505" or "42710")
        {
            // Tests run at once: another created the role first.
            command.CommandText = $"GRANT CREATE ON DATABASE \"{admin.Database}\" TO {CertificateRole}; CREATE SCHEMA \"{schema}\" AUTHORIZATION {CertificateRole}";
            await command.ExecuteNonQueryAsync();
        }
    }

    private static string Rows() => Lines(
        Schema("items", new JsonObject { ["id"] = Type("integer"), ["name"] = Type("null", "string") }, "id"),
        Record("items", new() { ["id"] = 1, ["name"] = "a" }),
        Record("items", new() { ["id"] = 2, ["name"] = "b" }));
}
