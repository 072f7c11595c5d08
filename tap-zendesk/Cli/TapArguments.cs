using CommandLine;

namespace Zendesk.Singer.Tap.Cli;

/// <summary>The command line, Singer style.</summary>
internal sealed class TapArguments
{
    [Option("config", MetaValue = "FILE", HelpText = "The config file (JSON): subdomain, credentials, start_date, ... (see --about).")]
    public string? Config { get; set; }

    [Option("catalog", MetaValue = "FILE", HelpText = "A catalog with the streams and fields to sync; without one every stream is synced.")]
    public string? Catalog { get; set; }

    [Option("properties", MetaValue = "FILE", HelpText = "The legacy name of --catalog.")]
    public string? Properties { get; set; }

    [Option("state", MetaValue = "FILE", HelpText = "The last STATE of a previous run, to sync only what changed since.")]
    public string? State { get; set; }

    [Option("discover", HelpText = "Write the catalog of every stream the account's plan and products allow to stdout (the others are named on stderr, one warning each).")]
    public bool Discover { get; set; }

    [Option("test", MetaValue = "all|schema", HelpText = "Test the connection without syncing: sign in, check that the account's plan allows each selected stream, and write each stream's SCHEMA with one RECORD (--test=schema: the SCHEMA only). No STATE is written.")]
    public string? Test { get; set; }

    [Option("about", HelpText = "Describe the tap: capabilities and settings.")]
    public bool About { get; set; }

    [Option("format", MetaValue = "json|markdown", HelpText = "The format of --about (default markdown).")]
    public string? Format { get; set; }

    [Option("log-format", MetaValue = "text|json", HelpText = "The format of the logs on stderr (default text).")]
    public string? LogFormat { get; set; }
}
