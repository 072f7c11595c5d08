using System.Text.Json.Nodes;

namespace Zendesk.Simulator.Data;

internal static partial class ConfigGenerator
{
    private static List<CatalogItem> SharingAgreements(AccountShape shape)
    {
        (string Partner, string Type, string Status, string? PartnerName)[] agreements =
            [("acme-partners", "inbound", "accepted", null), ("globex-help", "outbound", "accepted", null), ("initech", "outbound", "pending", "jira")];
        var list = new List<CatalogItem>();
        for (var a = 0; a < agreements.Length; a++)
        {
            var id = ConfigIds.Of(ConfigKind.SharingAgreement, a + 1);
            var (partner, type, status, partnerName) = agreements[a];
            var created = shape.DataStart - (200 * Day) + (a * 11 * Day);
            list.Add(Item(id, created, created + (a * 2 * Day) + 3600, $"/sharing_agreements/{id}.json", new JsonObject
            {
                ["id"] = id,
                ["name"] = $"Ticket sharing with {partner}",
                ["type"] = type,
                ["status"] = status,
                ["partner_name"] = partnerName,
                ["remote_subdomain"] = partner,
            }));
        }

        return list;
    }

    private static List<CatalogItem> Targets(AccountShape shape)
    {
        var list = new List<CatalogItem>();
        var created = shape.DataStart - (500 * Day);
        list.Add(Target(1, created, "Email the on-call lead", "email_target", true, new JsonObject { ["email"] = $"oncall@{shape.Subdomain}.example", ["subject"] = "Urgent ticket" }));
        list.Add(Target(2, created + Day, "Post to the status board", "url_target_v2", true, new JsonObject { ["target_url"] = "https://status.example.com/hooks/zendesk", ["method"] = "post", ["content_type"] = "application/json" }));
        list.Add(Target(3, created + (2 * Day), "Legacy CRM notifier", "http_target", false, new JsonObject { ["target_url"] = "https://crm.example.com/notify", ["method"] = "get", ["content_type"] = "application/x-www-form-urlencoded" }));
        return list;
    }

    private static CatalogItem Target(int n, long created, string title, string type, bool active, JsonObject settings)
    {
        var id = ConfigIds.Of(ConfigKind.Target, n);
        var body = new JsonObject
        {
            ["id"] = id,
            ["title"] = title,
            ["type"] = type,
            ["active"] = active,
            ["created_at"] = Iso(created),
        };
        foreach (var (name, value) in settings)
        {
            body[name] = value?.DeepClone();
        }

        return new CatalogItem(id, created, created, $"/targets/{id}.json", body);
    }

    private static List<CatalogItem> TargetFailures(AccountShape shape, IReadOnlyList<CatalogItem> targets)
    {
        // Only targets that call a URL fail with an HTTP answer; Zendesk keeps the latest 25.
        var list = new List<CatalogItem>();
        var n = 0;
        foreach (var target in targets.Where(t => t.Body["target_url"] is not null))
        {
            var url = target.Body["target_url"]!.GetValue<string>();
            for (var f = 0; f < 2; f++)
            {
                var id = ConfigIds.Of(ConfigKind.TargetFailure, ++n);
                var status = f == 0 ? 500 : 404;
                var at = shape.DataEnd - ((n * 3L) * Day);
                list.Add(new CatalogItem(id, at, at, $"/target_failures/{id}.json", new JsonObject
                {
                    ["id"] = id,
                    ["target_name"] = target.Body["title"]!.GetValue<string>(),
                    ["status_code"] = status,
                    ["consecutive_failure_count"] = f + 1,
                    ["created_at"] = Iso(at),
                    ["raw_request"] = $"POST {url} HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{{\"ticket\":{{\"id\":{Ids.TicketId(n)}}}}}",
                    ["raw_response"] = status == 500 ? "HTTP/1.1 500 Internal Server Error\r\n\r\n" : "HTTP/1.1 404 Not Found\r\n\r\n",
                }));
            }
        }

        return list;
    }

    private static List<CatalogItem> RecipientAddresses(IReadOnlyList<CatalogItem> brands)
    {
        var list = new List<CatalogItem>();
        var n = 0;
        foreach (var brand in brands)
        {
            var subdomain = brand.Body["subdomain"]!.GetValue<string>();
            string[] mailboxes = n == 0 ? ["support", "billing"] : ["help"];
            foreach (var mailbox in mailboxes)
            {
                var id = ConfigIds.Of(ConfigKind.RecipientAddress, ++n);
                var created = brand.Created + (n * Day);
                var external = mailbox == "billing";
                list.Add(Item(id, created, created + (n * 3600), $"/recipient_addresses/{id}.json", new JsonObject
                {
                    ["id"] = id,
                    ["brand_id"] = brand.Id,
                    ["default"] = n == 1,
                    ["name"] = $"{brand.Body["name"]!.GetValue<string>()} {mailbox}",
                    ["email"] = external ? $"{mailbox}@{subdomain}.example" : $"{mailbox}@{subdomain}.zendesk.com",
                    ["forwarding_status"] = external ? "verified" : "unknown",
                    ["spf_status"] = external ? "verified" : "unknown",
                    ["cname_status"] = external ? "verified" : "unknown",
                    ["domain_verification_status"] = external ? "verified" : "unknown",
                    ["domain_verification_code"] = external ? "zendesk_verification_" + id.ToString("x", System.Globalization.CultureInfo.InvariantCulture) : null,
                }));
            }
        }

        return list;
    }

    private static List<CatalogItem> Webhooks(AccountShape shape)
    {
        (string Name, string Endpoint, string Status, string Subscription)[] hooks =
        [
            ("Ticket events to the data lake", "https://lake.example.com/zendesk/tickets", "active", "conditional_ticket_events"),
            ("User deletions to the CRM", "https://crm.example.com/zendesk/users", "active", "zen:event-type:user.deleted"),
            ("Old chat relay", "https://relay.example.com/chat", "inactive", "conditional_ticket_events"),
        ];
        var list = new List<CatalogItem>();
        for (var h = 0; h < hooks.Length; h++)
        {
            var (name, endpoint, status, subscription) = hooks[h];
            var created = shape.DataStart - (150 * Day) + (h * 13 * Day);
            var updated = created + ((h + 1) * 5 * Day);
            var author = Ids.UserId(h % shape.Admins).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = ConfigIds.Ulid(created, ConfigIds.Of(ConfigKind.Webhook, h + 1));
            list.Add(Item(ConfigIds.Of(ConfigKind.Webhook, h + 1), created, updated, null, new JsonObject
            {
                ["id"] = id,
                ["name"] = name,
                ["description"] = $"Sends {subscription} to {endpoint}",
                ["endpoint"] = endpoint,
                ["http_method"] = "POST",
                ["request_format"] = "json",
                ["status"] = status,
                ["subscriptions"] = new JsonArray(subscription),
                ["authentication"] = new JsonObject { ["type"] = "bearer_token", ["add_position"] = "header" },
                ["custom_headers"] = new JsonObject { ["X-Source"] = "zendesk" },
                ["external_source"] = null,
                ["signing_secret"] = null,
                ["created_by"] = author,
                ["updated_by"] = author,
            }));
        }

        return list;
    }
}
