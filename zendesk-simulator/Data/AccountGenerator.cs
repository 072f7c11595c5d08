using Zendesk.Simulator.Hosting;
using Zendesk.Simulator.Time;

namespace Zendesk.Simulator.Data;

/// <summary>
/// Builds an account from its options: users, organizations and tickets as compact arrays, then the
/// export indexes (tickets by generated_timestamp, users and organizations by updated_at, audits
/// and metric events by time). Per-ticket children are not stored; they are rebuilt on demand.
/// </summary>
internal static partial class AccountGenerator
{
    private const long Day = 86400;

    public static Account Generate(SimulatorOptions options, SimulatedClock clock)
    {
        Account.Ensure(options.Tickets >= 1, "Tickets must be at least 1.");
        var start = options.ClockStart.ToUnixTimeSeconds();
        var users = options.Users ?? Math.Max(10, options.Tickets / 10);
        var agents = options.Agents ?? Math.Clamp(users / 50, 3, 5000);
        Account.Ensure(users > agents, "Users must outnumber agents so that tickets have requesters.");
        var shape = new AccountShape(
            options.Seed,
            users,
            agents,
            Math.Min(2, agents),
            options.Organizations ?? Math.Max(3, users / 20),
            options.Groups ?? Math.Clamp(agents / 5, 2, 200),
            3,
            3,
            start - (Math.Max(1, options.HistoryYears) * 365 * Day),
            start - 7200,
            options.Subdomain);

        var userStore = GenerateUsers(shape);
        var organizations = GenerateOrganizations(shape);
        var tickets = GenerateTickets(shape, userStore, options, start);
        var catalog = CatalogGenerator.Build(shape, userStore);

        var members = new List<int>();
        for (var u = shape.Agents; u < shape.Users; u++)
        {
            if (userStore.Organization[u] >= 0)
            {
                members.Add(u);
            }
        }

        var gate = new AccountLock();
        var changes = new ChangeLog();
        var ticketStore = tickets.Store;
        var membershipStore = new MembershipStore([.. members]);
        var audits = new AuditRecords(clock, changes, shape, ticketStore, userStore)
        {
            EventIndex = new TimeIndex(tickets.EventKeys, null),
            MetricEventIndex = new TimeIndex(tickets.MetricKeys, null),
            RatingKeys = tickets.RatingKeys,
        };
        var ticketRecords = new TicketRecords(gate, clock, changes, shape, userStore, audits)
        {
            Store = ticketStore,
            Index = new TimeIndex(SortedKeys(ticketStore.Generated, ticketStore.Count), local => ticketStore.Generated[local]),
            Skips = tickets.Skips,
            Activities = tickets.Activities,
            Tags = tickets.Tags,
        };
        var customFields = new CustomFieldRecords(gate, clock, catalog);
        var organizationRecords = new OrganizationRecords(gate, clock, changes)
        {
            CustomFields = customFields,
            Store = organizations,
            Index = new TimeIndex(SortedKeys(organizations.Updated, organizations.Count), local => organizations.Updated[local]),
            Keys = new OrganizationKeys(shape, organizations),
        };
        var userRecords = new UserRecords(gate, clock, changes, shape, organizations, membershipStore)
        {
            CustomFields = customFields,
            Store = userStore,
            Index = new TimeIndex(SortedKeys(userStore.Updated, userStore.Count), local => userStore.Updated[local]),
            Keys = new UserKeys(shape, options.Email, userStore),
        };
        var config = ConfigGenerator.Build(shape, catalog);
        return new Account(gate)
        {
            Options = options,
            Clock = clock,
            Shape = shape,
            Catalog = catalog,
            Config = config,
            RoutingSkills = Routing.RoutingSkills.Generate(shape, options.Tickets, config),
            Tickets = ticketRecords,
            Audits = audits,
            Users = userRecords,
            Organizations = organizationRecords,
            Memberships = new MembershipRecords(gate, clock, changes, userRecords, organizationRecords, ticketRecords) { Store = membershipStore },
            Sunshine = new SunshineRecords(gate, clock, shape, userRecords),
            CustomFields = customFields,
            Talk = TalkGenerator.Build(shape, catalog, ticketStore.Count),
            ChangeLog = changes,
            HelpCenter = HelpCenter.HelpCenterGenerator.Build(shape, catalog),
        };
    }

    private static long[] SortedKeys(long[] times, int count)
    {
        var keys = new long[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = TimeIndex.Key(times[i], (uint)i);
        }

        Array.Sort(keys);
        return keys;
    }

    private static UserStore GenerateUsers(AccountShape shape)
    {
        var store = new UserStore(shape.Users, shape.Agents, shape.Admins);
        var from = shape.DataStart - (365 * Day);
        for (var u = 0; u < shape.Users; u++)
        {
            var prng = new Prng(shape.Seed, Salts.User, (long)u * 8);
            var staff = u < shape.Agents;
            store.Role[u] = u < shape.Admins ? UserStore.RoleAdmin : staff ? UserStore.RoleAgent : UserStore.RoleEndUser;
            var created = staff
                ? from + prng.Between(0, 180 * Day)
                : from + ((shape.DataEnd - (30 * Day) - from) * (u - shape.Agents) / Math.Max(1, shape.EndUsers)) + prng.Below(3600);
            var skew = prng.Unit();
            var updated = created + (long)((shape.DataEnd - created) * skew * skew * skew);
            byte flags = UserStore.FlagActive;
            if (!staff && prng.Chance(0.03))
            {
                flags = 0;
                updated = Math.Min(shape.DataEnd, updated + prng.Between(Day, 30 * Day));
            }

            if (u == 0 || prng.Chance(0.9))
            {
                flags |= UserStore.FlagVerified;
            }

            if (!staff && prng.Chance(0.01))
            {
                flags |= UserStore.FlagSuspended;
            }

            if (prng.Chance(0.3))
            {
                flags |= UserStore.FlagPhone;
            }

            store.Created[u] = created;
            store.Updated[u] = updated;
            store.Flags[u] = flags;
            store.Organization[u] = !staff && prng.Chance(0.7) ? prng.Below(shape.Organizations) : -1;
            store.DefaultGroup[u] = staff ? u % shape.Groups : -1;
        }

        return store;
    }

    private static OrganizationStore GenerateOrganizations(AccountShape shape)
    {
        var store = new OrganizationStore(shape.Organizations);
        var from = shape.DataStart - (400 * Day);
        for (var o = 0; o < shape.Organizations; o++)
        {
            var prng = new Prng(shape.Seed, Salts.Organization, (long)o * 8);
            var created = from + ((shape.DataEnd - (60 * Day) - from) * o / shape.Organizations) + prng.Below(3600);
            var skew = prng.Unit();
            store.Created[o] = created;
            store.Updated[o] = created + (long)((shape.DataEnd - created) * skew * skew);
            store.Group[o] = prng.Chance(0.3) ? prng.Below(shape.Groups) : -1;
        }

        return store;
    }
}
