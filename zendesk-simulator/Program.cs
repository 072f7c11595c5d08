using Zendesk.Simulator.Hosting;

// The standalone simulator: dotnet run --project zendesk-simulator -- --urls http://127.0.0.1:8089 --seed 42 --tickets 10000
if (args.Any(a => a is "--help" or "-h" or "-?"))
{
    Console.WriteLine(SimulatorUsage.Text);
    return 0;
}

var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();
SimulatorOptions options;
try
{
    options = SimulatorOptions.FromConfiguration(configuration);
}
catch (ArgumentException error)
{
    await Console.Error.WriteLineAsync("zendesk-simulator: " + error.Message);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var url = configuration["urls"]?.Split(';')[0] ?? "http://127.0.0.1:8089";
await using var host = await SimulatorHost.StartAsync(options, url, stop.Token);
var credentials = host.Credentials;
Console.WriteLine($"base_url: {host.BaseUrl}");
if (options.PublicUrl is { } publicUrl)
{
    Console.WriteLine($"public_url: {publicUrl.ToString().TrimEnd('/')}");
}

Console.WriteLine($"subdomain: {options.Subdomain}");
Console.WriteLine($"email: {credentials.Email}");
Console.WriteLine($"api_token: {credentials.ApiToken}");
Console.WriteLine($"access_token: {credentials.AccessToken}");
Console.WriteLine($"refresh_token: {credentials.RefreshToken}");
Console.WriteLine($"client_id: {credentials.ClientId}");
Console.WriteLine($"client_secret: {credentials.ClientSecret}");
Console.WriteLine($"account: {host.Account.TicketCount} tickets, {host.Account.UserCount} users, {host.Account.OrganizationCount} organizations, generated in {host.StartupTime.TotalSeconds:F2} s");
Console.WriteLine($"clock: {host.Clock.Now:yyyy-MM-dd'T'HH:mm:ss'Z'}");
Console.WriteLine("ready");
try
{
    await host.WaitForShutdownAsync(stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C: stop quietly.
}

return 0;
