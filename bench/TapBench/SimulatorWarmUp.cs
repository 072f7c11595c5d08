using System.Net.Http.Headers;
using System.Text.Json;
using Zendesk.Simulator.Hosting;

namespace Zendesk.Singer.Bench;

/// <summary>
/// Reads the first pages of the ticket export before a measured sync, twice, with pauses for the
/// runtime to finish compiling what they ran. The simulator stands in for Zendesk's servers, which
/// are always warm; served cold from this process, the measured sync's pages would spend the two
/// cores on compiling the simulator rather than on the tap under measure.
/// </summary>
internal static class SimulatorWarmUp
{
    public const int Pages = 20;

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    public static async Task ReadTicketExportAsync(SimulatorHost simulator, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(simulator.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(simulator.Credentials.BasicHeader);
        for (var round = 0; round < 2; round++)
        {
            var url = "/api/v2/incremental/tickets/cursor.json?start_time=946684800&per_page=1000";
            for (var page = 0; page < Pages && url is not null; page++)
            {
                await using var body = await http.GetStreamAsync(url, cancellationToken);
                using var answer = await JsonDocument.ParseAsync(body, default, cancellationToken);
                var root = answer.RootElement;
                url = root.GetProperty("end_of_stream").GetBoolean() ? null : root.GetProperty("after_url").GetString();
            }

            await Task.Delay(Pause, TimeProvider.System, cancellationToken);
        }
    }
}
