using System.Text.Json.Serialization;
using Zendesk.Simulator.Data;

namespace Zendesk.Simulator.Endpoints;

[JsonSerializable(typeof(OAuthTokenResponse))]
[JsonSerializable(typeof(ClientTokenResponse))]
[JsonSerializable(typeof(AdminTicketChange))]
[JsonSerializable(typeof(AdminUserChange))]
[JsonSerializable(typeof(AdminComment))]
[JsonSerializable(typeof(AdminIdentity))]
[JsonSerializable(typeof(AdminFault))]
[JsonSerializable(typeof(AdminSettings))]
[JsonSerializable(typeof(AdminNumber))]
[JsonSerializable(typeof(IReadOnlyList<ChangeRecord>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
