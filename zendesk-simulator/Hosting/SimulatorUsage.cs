namespace Zendesk.Simulator.Hosting;

/// <summary>The standalone program's --help text.</summary>
internal static class SimulatorUsage
{
    public const string Text = """
        zendesk-simulator: a local fake Zendesk Support account.

        usage: zendesk-simulator [--option value]...

          --urls URL                    where to listen (default http://127.0.0.1:8089)
          --public-url URL              the address clients reach the simulator at, e.g. https://zendesk.example
                                        behind a TLS front; every link and record url starts with it (default:
                                        the request's X-Forwarded-Proto, X-Forwarded-Host and Host)
          --subdomain NAME              the account's subdomain (default simulator)
          --seed N                      seed of the generated data (default 42)
          --tickets N                   tickets to generate (default 1000)
          --users N, --agents N, --organizations N, --groups N
                                        sizes (default: derived from --tickets)
          --same-second-tickets N       tickets sharing one generated_timestamp second
          --ai-agent-share X            share of tickets handled by AI agents (0 to 1)
          --deleted-share X             share of deleted tickets (default 0.01)
          --history-years N             years of history before the clock's start (default 3)
          --plan NAME                   team, growth, professional, enterprise (default), enterprise_plus
          --high-volume true|false      the high-volume API add-on
          --talk true|false             Zendesk Talk enabled (default true)
          --rate-limits true|false      enforce rate limits (default true)
          --requests-per-minute N       override the plan's account limit
          --time-scale X                how many times faster than real time the limiter's minute passes
          --job-item-ms X               work time a background job spends per item (default 2; 0: done when queued)
          --clock-running true|false    the simulated clock follows the wall clock (default true)
          --clock-start TIME            where the clock starts (default: the wall clock when it runs,
                                        2026-11-01T00:00:00Z when it does not)
          --token-lifetime-seconds N    OAuth access tokens expire this long after they are issued
          --client-token-lifetime N     seconds a token of the client_credentials grant lasts (default 1800,
                                        at most 172800); a smaller expires_in in the request shortens it
          --help                        this text
        """;
}
