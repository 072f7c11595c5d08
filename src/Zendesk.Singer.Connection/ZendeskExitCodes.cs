using Zendesk.Singer.Http;
using Zendesk.Singer.Protocol.Configuration;

namespace Zendesk.Singer.Connection;

/// <summary>The exit code of a run that Zendesk stopped: the same in every program that talks to it.</summary>
internal static class ZendeskExitCodes
{
    /// <summary>
    /// Credentials Zendesk refuses need a person's attention, as a wrong config does (2); any other
    /// refusal or failure is a runtime failure (1).
    /// </summary>
    public static int For(ZendeskException failure) =>
        failure is OAuthGrantRefusedException or ZendeskAuthenticationException ? ExitCodes.Usage : ExitCodes.Failure;
}
