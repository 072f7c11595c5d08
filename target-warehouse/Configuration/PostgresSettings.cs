using System.Globalization;
using Npgsql;
using Zendesk.Singer.Protocol.Configuration;

namespace Zendesk.Singer.Target.Configuration;

/// <summary>
/// The PostgreSQL connection, from <c>connection_string</c> (Npgsql form or a postgresql:// URI) with
/// <c>host</c>, <c>port</c>, <c>user</c>, <c>password</c>, <c>database</c>, <c>ssl_mode</c> and the SSL
/// certificates laid over it.
/// </summary>
internal sealed record PostgresSettings(string ConnectionString, string Description)
{
    public static PostgresSettings Default { get; } = Build(new NpgsqlConnectionStringBuilder());

    // The connection string may hold a password: only the description is ever printed.
    public override string ToString() => Description;

    public static PostgresSettings From(ConfigFile file)
    {
        var builder = Parse(file);
        if (file.String("host") is { } host)
        {
            builder.Host = host;
        }

        if (file.Integer("port", 1, 65535) is { } port)
        {
            builder.Port = (int)port;
        }

        if (file.String("user") is { } user)
        {
            builder.Username = user;
        }

        if (file.String("password") is { } password)
        {
            builder.Password = password;
        }

        if (file.String("database") is { } database)
        {
            builder.Database = database;
        }

        if (file.OneOf("ssl_mode", TargetSettings.SslModes) is { } sslMode)
        {
            builder.SslMode = Enum.Parse<SslMode>(sslMode.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
        }

        if (PemSetting.Read(file, TargetSettings.SslCertificateAuthority, secret: false) is { } authority)
        {
            builder.RootCertificate = authority;
        }

        var certificate = PemSetting.Read(file, TargetSettings.SslClientCertificate, secret: false);
        var key = PemSetting.Read(file, TargetSettings.SslClientPrivateKey, secret: true);
        if ((certificate is null) != (key is null))
        {
            throw new ConfigurationException($"config file '{file.Path}': \"{TargetSettings.SslClientCertificate}\" and \"{TargetSettings.SslClientPrivateKey}\" go together: give both or neither");
        }

        builder.SslCertificate = certificate;
        builder.SslKey = key;
        return Build(builder);
    }

    private static NpgsqlConnectionStringBuilder Parse(ConfigFile file)
    {
        var text = file.String("connection_string");
        if (string.IsNullOrWhiteSpace(text))
        {
            return new NpgsqlConnectionStringBuilder();
        }

        try
        {
            return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
                ? FromUri(new Uri(text))
                : new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or UriFormatException)
        {
            // The value is a secret (it may hold a password): say what is wrong, never echo it.
            throw new ConfigurationException($"config file '{file.Path}': \"connection_string\" is not a valid Npgsql connection string or postgresql:// URI");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(Uri uri)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        var database = uri.AbsolutePath.TrimStart('/');
        if (database.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase))
            {
                builder.SslMode = Enum.Parse<SslMode>(parts[1].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            }
        }

        return builder;
    }

    private static PostgresSettings Build(NpgsqlConnectionStringBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Host))
        {
            builder.Host = TargetSettings.DefaultHost;
        }

        if (string.IsNullOrEmpty(builder.Username))
        {
            builder.Username = TargetSettings.DefaultUser;
        }

        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = TargetSettings.DefaultDatabase;
        }

        var description = string.Create(CultureInfo.InvariantCulture, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} as {builder.Username}");
        return new PostgresSettings(builder.ConnectionString, description);
    }
}
