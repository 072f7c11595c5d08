using CommandLine;

namespace Zendesk.Singer.Destination.Cli;

internal sealed class TargetArguments
{
    [Option("config", MetaValue = "FILE", HelpText = "JSON config file: the account (subdomain or base_url), the sign-in, and the settings listed by --about.")]
    public string? Config { get; set; }

    [Option("dry-run", HelpText = "Print, one JSON line per record, what would be sent to Zendesk, and send nothing.")]
    public bool DryRun { get; set; }

    [Option("about", HelpText = "Describe the target's capabilities and settings, then exit.")]
    public bool About { get; set; }

    [Option("format", MetaValue = "json|markdown", HelpText = "Format of --about: json (the Meltano SDK's shape) or markdown (the default).")]
    public string? Format { get; set; }

    [Option("log-format", MetaValue = "text|json", HelpText = "The format of the messages on stderr (default text).")]
    public string? LogFormat { get; set; }
}
