using System.Text;
using System.Text.Json;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Json;

/// <summary>
/// What record writers need besides the record: the account and the API base for url fields, with
/// the url prefixes and the support address already encoded for the hot writers.
/// </summary>
internal sealed record RenderContext(Account Account, string BaseUrl)
{
    public string ApiBase { get; } = BaseUrl + "/api/v2";

    public byte[] TicketUrl { get; } = Encoding.UTF8.GetBytes(BaseUrl + "/api/v2/tickets/");

    public byte[] MetricSetUrl { get; } = Encoding.UTF8.GetBytes(BaseUrl + "/api/v2/ticket_metrics/");

    public byte[] UserUrl { get; } = Encoding.UTF8.GetBytes(BaseUrl + "/api/v2/users/");

    public JsonEncodedText SupportAddress { get; } = JsonText.Encode($"support@{Account.Shape.Subdomain}.zendesk.com");
}
