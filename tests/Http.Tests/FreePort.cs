using System.Net;
using System.Net.Sockets;

namespace Zendesk.Singer.Http.Tests;

/// <summary>An address where nothing listens: a port taken from the system and given back at once.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
