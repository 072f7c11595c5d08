using System.Reflection;

namespace Zendesk.Singer.Protocol.About;

/// <summary>A program's version as users see it: the informational version without its build metadata.</summary>
internal static class ProgramVersion
{
    public static string Of(Assembly program)
    {
        var version = program.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? version[..plus] : version;
    }
}
