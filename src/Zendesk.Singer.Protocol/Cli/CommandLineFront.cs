using CommandLine;
using CommandLine.Text;
using Zendesk.Singer.Protocol.Configuration;

namespace Zendesk.Singer.Protocol.Cli;

/// <summary>
/// The part of the command line both programs share, so that they answer <c>--help</c>,
/// <c>--version</c> and a mistyped option alike: one parser set-up and one way of explaining a refusal.
/// </summary>
internal static class CommandLineFront
{
    public static ParserResult<T> Parse<T>(IEnumerable<string> args)
    {
        // The parser honours --help and --version only as the sole argument; with others (say a
        // --config that Meltano always passes) they would be refused as unknown options.
        var given = args.ToList();
        if (given.Contains("--help", StringComparer.Ordinal))
        {
            given = ["--help"];
        }
        else if (given.Contains("--version", StringComparer.Ordinal))
        {
            given = ["--version"];
        }

        using var parser = new Parser(settings =>
        {
            settings.HelpWriter = null;
            settings.CaseSensitive = true;
            settings.AutoHelp = true;
            settings.AutoVersion = true;
        });
        return parser.ParseArguments<T>(given);
    }

    /// <param name="preamble">Lines above the options: what the program does and its usage forms.</param>
    public static CommandLineAnswer Explain<T>(NotParsed<T> notParsed, string name, string version, IReadOnlyList<string> preamble)
    {
        var errors = notParsed.Errors.ToList();
        if (errors.Any(e => e.Tag == ErrorType.VersionRequestedError))
        {
            return new CommandLineAnswer(ExitCodes.Ok, $"{name} {version}\n", null);
        }

        if (errors.Any(e => e.Tag == ErrorType.HelpRequestedError))
        {
            var help = HelpText.AutoBuild(
                notParsed,
                h =>
                {
                    h.Heading = $"{name} {version}";
                    h.Copyright = string.Empty;
                    h.AddDashesToOption = true;
                    foreach (var line in preamble)
                    {
                        h.AddPreOptionsLine(line);
                    }

                    h.AddPostOptionsLine("Exit codes: 0 ok, 1 runtime failure, 2 usage or config error.");
                    return h;
                },
                e => e);
            return new CommandLineAnswer(ExitCodes.Ok, help + "\n", null);
        }

        return new CommandLineAnswer(ExitCodes.Usage, null, $"{name}: {Describe(errors[0])} (see --help)");
    }

    private static string Describe(Error error) => error switch
    {
        UnknownOptionError unknown => $"unknown option '{(unknown.Token.Length == 1 ? "-" : "--")}{unknown.Token}'",
        MissingValueOptionError missing => $"option '--{missing.NameInfo.LongName}' needs a value",
        RepeatedOptionError repeated => $"option '--{repeated.NameInfo.LongName}' is given more than once",
        BadFormatConversionError bad => $"option '--{bad.NameInfo.LongName}' has a value of the wrong form",
        MutuallyExclusiveSetError exclusive => $"option '--{exclusive.NameInfo.LongName}' cannot be combined with the others given",
        NamedError named => $"option '--{named.NameInfo.LongName}' is not valid here",
        _ => "unexpected argument",
    };
}
