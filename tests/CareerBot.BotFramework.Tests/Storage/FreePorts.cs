using System.Net;
using System.Net.Sockets;

namespace CareerBot.BotFramework.Tests.Storage;

/// <summary>A loopback port nothing listens on, for a server a test starts (Azurite, Redis, a CareerBot process).</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
