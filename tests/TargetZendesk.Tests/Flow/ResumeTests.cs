using System.Text.Json.Nodes;
using Zendesk.Singer.Destination.Tests.Fixtures;
using static Zendesk.Singer.Destination.Tests.Fixtures.Records;

namespace Zendesk.Singer.Destination.Tests.Flow;

public sealed class ResumeTests
{
    private const int EventsPerRound = 3;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_run_killed_anywhere_and_resumed_from_its_last_state_leaves_the_account_as_one_run_would(int seed)
    {
        var input = Input();
        await using var whole = await StartAsync();
        (await whole.RunAsync([.. input], [], CancellationToken.None)).ExitCode.ShouldBe(0);

        await using var broken = await StartAsync();
        var killAfter = new Random(seed).Next(5, (int)broken.Simulator.Requests.Total + 60);
        var killed = await RunKilledAsync(broken, input, killAfter);
        var resumeFrom = killed.States.Count == 0 ? 0 : killed.States[^1]["position"]!.GetValue<int>();
        var resumed = await broken.RunAsync([.. input.Skip(Line(input, resumeFrom))], [], CancellationToken.None);

        resumed.ExitCode.ShouldBe(0, resumed.Stderr);
        (await AccountAsync(broken)).ShouldBe(
            await AccountAsync(whole),
            $"killed after {killAfter} requests, resumed from position {resumeFrom}\nkilled run:\n{killed.Stderr}\nresumed run:\n{resumed.Stderr}");
        var (wholeEvents, brokenEvents) = (await EventsAsync(whole), await EventsAsync(broken));
        brokenEvents.Distinct().Order().ShouldBe(wholeEvents.Distinct().Order());
        brokenEvents.Count.ShouldBeInRange(wholeEvents.Count, wholeEvents.Count + EventsPerRound);
    }

    private static async Task<DestinationBed> StartAsync()
    {
        var bed = await DestinationBed.StartAsync();
        bed.Config["round_size"] = 7;
        bed.Config["events_per_round"] = EventsPerRound;
        bed.Config["remove_users_from_organizations"] = true;
        return bed;
    }

    private static async Task<DestinationOutput> RunKilledAsync(DestinationBed bed, IReadOnlyList<string> input, int requests)
    {
        using var kill = new CancellationTokenSource();
        var start = bed.Simulator.Requests.Total;
        var watch = Task.Run(async () =>
        {
            while (!kill.IsCancellationRequested && bed.Simulator.Requests.Total - start < requests)
            {
                await Task.Delay(1);
            }

            await kill.CancelAsync();
        });
        var output = await bed.RunAsync([.. input], [], kill.Token);
        await kill.CancelAsync();
        await watch;
        return output;
    }

    /// <summary>Identifies, groups (some joining, some leaving) and tracks, a STATE after each record.</summary>
    private static List<string> Input()
    {
        var records = new List<string>();
        for (var i = 1; i <= 12; i++)
        {
            records.Add(Identify($$$"""{"userId":"u-{{{i}}}","traits":{"email":"user{{{i}}}@example.com","name":"User {{{i}}}"}}"""));
        }

        for (var i = 1; i <= 12; i++)
        {
            records.Add(Group($$$"""{"groupId":"g-{{{i % 4}}}","userId":"u-{{{i}}}","traits":{"name":"Org {{{i % 4}}}","tags":["t{{{i}}}"]}}"""));
            records.Add(Track($$$"""{"userId":"u-{{{i}}}","event":"Signed Up","properties":{"n":{{{i}}}}}"""));
            if (i % 3 == 0)
            {
                records.Add(Identify($$$$"""{"userId":"u-{{{{i}}}}","traits":{"name":"User {{{{i}}}} renamed","company":{"id":"g-{{{{i % 4}}}}","remove":true}}}"""));
            }
        }

        var lines = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            lines.Add(records[i]);
            lines.Add(State(i + 1));
        }

        return lines;
    }

    /// <summary>The index of the line after the STATE of this position (0 for the start).</summary>
    private static int Line(List<string> input, int position) =>
        position == 0 ? 0 : input.FindIndex(l => l == State(position)) + 1;

    private static async Task<string> AccountAsync(DestinationBed bed)
    {
        var account = new JsonArray();
        for (var i = 1; i <= 12; i++)
        {
            var user = await bed.UserAsync($"u-{i}");
            var ids = await bed.MembershipsAsync(user!["id"]!.GetValue<long>());
            var organizations = new JsonArray();
            if (ids.Count > 0)
            {
                var found = (await bed.GetAsync($"/api/v2/organizations/show_many?ids={string.Join(',', ids)}"))["organizations"]!.AsArray();
                foreach (var external in found.Select(o => o!["external_id"]?.GetValue<string>() ?? "(seeded)").Order(StringComparer.Ordinal))
                {
                    organizations.Add(external);
                }
            }

            account.Add(new JsonObject { ["user"] = user["external_id"]!.DeepClone(), ["name"] = user["name"]!.DeepClone(), ["email"] = user["email"]!.DeepClone(), ["organizations"] = organizations });
        }

        for (var g = 0; g < 4; g++)
        {
            var organization = await bed.OrganizationAsync($"g-{g}");
            account.Add(new JsonObject { ["organization"] = $"g-{g}", ["name"] = organization!["name"]!.DeepClone(), ["tags"] = organization["tags"]!.DeepClone() });
        }

        return account.ToJsonString();
    }

    private static async Task<List<string>> EventsAsync(DestinationBed bed)
    {
        var events = new List<string>();
        for (var i = 1; i <= 12; i++)
        {
            var user = await bed.UserAsync($"u-{i}");
            events.AddRange((await bed.EventsAsync(user!["id"]!.GetValue<long>())).Select(e => $"u-{i} {e["type"]} {e["properties"]!.ToJsonString()}"));
        }

        return events;
    }
}
