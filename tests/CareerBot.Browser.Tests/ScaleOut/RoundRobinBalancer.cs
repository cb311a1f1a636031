using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace CareerBot.Browser.Tests.ScaleOut;

/// <summary>
/// The test's load balancer (YARP's forwarder): each request, WebSocket upgrades included, goes to the next host in
/// turn, with no stickiness. A host that refuses the connection is skipped and the request tried on the next one, as
/// nginx's <c>proxy_next_upstream error</c> does; the original Host header is kept so the hosts hand out stream URLs
/// that point back at the balancer.
/// </summary>
public sealed class RoundRobinBalancer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Attempt> _attempts = new();
    private readonly IReadOnlyList<Uri> _hosts;
    private int _next = -1;

    private RoundRobinBalancer(WebApplication app, IReadOnlyList<Uri> hosts)
    {
        _app = app;
        _hosts = hosts;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Every request forwarded, in the order they began (a WebSocket from its upgrade on): its path and the
    /// index of the host that took it.</summary>
    public IReadOnlyList<(string Path, int Host)> Served => [.. _attempts.Where(a => !a.Refused).Select(a => (a.Path, a.Host))];

    public static async Task<RoundRobinBalancer> StartAsync(IReadOnlyList<Uri> hosts)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddHttpForwarder();
        var app = builder.Build();
        var balancer = new RoundRobinBalancer(app, hosts);
        var client = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(2),
            ActivityHeadersPropagator = null,
        });
        app.UseWebSockets();
        app.Map("/{**path}", (HttpContext http, IHttpForwarder forwarder) => balancer.ForwardAsync(http, forwarder, client));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        balancer.Address = new Uri(address.TrimEnd('/') + "/");
        return balancer;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ForwardAsync(HttpContext http, IHttpForwarder forwarder, HttpMessageInvoker client)
    {
        http.Request.EnableBuffering();
        for (var tries = 0; tries < _hosts.Count; tries++)
        {
            var host = (int)((uint)Interlocked.Increment(ref _next) % (uint)_hosts.Count);
            http.Request.Body.Position = 0;
            var attempt = new Attempt(http.Request.Path.Value ?? "", host);
            _attempts.Enqueue(attempt);
            var error = await forwarder.SendAsync(http, _hosts[host].ToString(), client, ForwarderRequestConfig.Empty, KeepHost.Instance);
            if (error == ForwarderError.None || http.Response.HasStarted || !RefusedBeforeSending(http))
            {
                return;
            }

            attempt.Refused = true;

            // The host is gone (connection refused): nothing reached it, so the next host may take the request.
            http.Features.Set<IForwarderErrorFeature?>(null);
            http.Response.Clear();
        }
    }

    private static bool RefusedBeforeSending(HttpContext http) =>
        http.Features.Get<IForwarderErrorFeature>()?.Exception is HttpRequestException { InnerException: System.Net.Sockets.SocketException };

    private sealed class Attempt(string path, int host)
    {
        public string Path { get; } = path;
        public int Host { get; } = host;
        public bool Refused { get; set; }
    }

    /// <summary>The default transform, but the Host header stays the balancer's.</summary>
    private sealed class KeepHost : HttpTransformer
    {
        public static readonly KeepHost Instance = new();

        public override async ValueTask TransformRequestAsync(
            HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
        {
            await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
            proxyRequest.Headers.Host = httpContext.Request.Host.Value;
        }
    }
}
