namespace Zendesk.Simulator.Hosting;

/// <summary>An access token of the client_credentials grant: the scope it was granted and when it stops working.</summary>
internal sealed record ClientToken(string AccessToken, string Scope, DateTimeOffset ExpiresAt);
