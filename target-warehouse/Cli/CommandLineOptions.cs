using CommandLine;

namespace Zendesk.Singer.Target.Cli;

internal sealed class CommandLineOptions
{
    [Option("config", MetaValue = "FILE", HelpText = "JSON config file. Optional: without it every setting has its default (DuckDB file zendesk.duckdb, schema zendesk).")]
    public string? Config { get; set; }

    [Option("about", HelpText = "Describe the target's capabilities and settings, then exit.")]
    public bool About { get; set; }

    [Option("format", MetaValue = "json|markdown", HelpText = "Format of --about: json (the Meltano SDK's shape) or markdown (the default).")]
    public string? Format { get; set; }

    [Option("tables", HelpText = "List the tables of the configured warehouse with their row counts, then exit.")]
    public bool Tables { get; set; }

    [Option("test", HelpText = "Test the connection: create, write, read back and drop a table in the configured schema, then exit (0 when it works, 1 when it does not).")]
    public bool Test { get; set; }

    [Option("log-format", MetaValue = "text|json", HelpText = "The format of the messages on stderr (default text).")]
    public string? LogFormat { get; set; }
}
