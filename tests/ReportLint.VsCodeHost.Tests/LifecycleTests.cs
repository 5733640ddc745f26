using System.Text.Json;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Tests;

public sealed class LifecycleTests
{
    private static readonly object HoverAtStart = new { textDocument = new { uri = "file:///a.md" }, position = new { line = 0, character = 0 } };

    [Fact]
    public async Task RequestBeforeInitializeIsRefusedWithServerNotInitialized()
    {
        var server = new InProcessServer(RegisterHover);

        var response = await server.Client.RequestAsync(1, LspMethods.Hover, HoverAtStart);

        Assert.Equal(ErrorCodes.ServerNotInitialized, InProcessServer.ErrorCode(response));
    }

    [Fact]
    public async Task InitializeAnswersWithTheHostCapabilitiesAndServerInfo()
    {
        var server = new InProcessServer();

        var result = (await server.Client.InitializeAsync()).GetProperty("result");

        var capabilities = result.GetProperty("capabilities");
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.Equal("reportlint-test", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(new[] { "utf-8", "utf-16" }, "utf-8", PositionEncoding.Utf8)]
    [InlineData(new[] { "utf-32", "utf-8" }, "utf-8", PositionEncoding.Utf8)]
    [InlineData(new[] { "utf-16" }, "utf-16", PositionEncoding.Utf16)]
    [InlineData(null, "utf-16", PositionEncoding.Utf16)]
    internal async Task PositionEncodingIsUtf8OnlyWhenTheClientOffersIt(string[]? offered, string answered, PositionEncoding negotiated)
    {
        var server = new InProcessServer();

        var response = await server.Client.InitializeAsync(new { general = new { positionEncodings = offered } });

        var capabilities = response.GetProperty("result").GetProperty("capabilities");
        Assert.Equal(answered, capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(negotiated, server.Server.PositionEncoding);
    }

    [Fact]
    public async Task SecondInitializeIsInvalid()
    {
        var server = await InProcessServer.StartInitializedAsync();

        var response = await server.Client.RequestAsync(5, LspMethods.Initialize, new { capabilities = new { } });

        Assert.Equal(ErrorCodes.InvalidRequest, InProcessServer.ErrorCode(response));
    }

    [Fact]
    public async Task InitializedNotificationCompletesTheInitializedTask()
    {
        var server = new InProcessServer();
        await server.Client.InitializeAsync();
        Assert.False(server.Server.Initialized.IsCompleted);

        await server.Client.NotifyAsync(LspMethods.Initialized, new { });

        await server.Server.Initialized.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task ShutdownThenExitEndsWithCodeZeroAndClosesOutput()
    {
        var server = await InProcessServer.StartInitializedAsync();

        var shutdown = await server.Client.RequestAsync(9, LspMethods.Shutdown);
        await server.Client.NotifyAsync(LspMethods.Exit);

        Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
        Assert.Equal(0, await server.ExitCode.WaitAsync(TimeSpan.FromSeconds(20)));
        await DrainAsync(server.Client);
    }

    [Fact]
    public async Task ExitWithoutShutdownEndsWithCodeOne()
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.NotifyAsync(LspMethods.Exit);

        Assert.Equal(1, await server.ExitCode.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task EndOfInputWithoutShutdownEndsWithCodeOne()
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.CloseAsync();

        Assert.Equal(1, await server.ExitCode.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task RequestsAfterShutdownAreInvalid()
    {
        var server = await InProcessServer.StartInitializedAsync(RegisterHover);
        await server.Client.RequestAsync(1, LspMethods.Shutdown);

        var response = await server.Client.RequestAsync(2, LspMethods.Hover, HoverAtStart);

        Assert.Equal(ErrorCodes.InvalidRequest, InProcessServer.ErrorCode(response));
    }

    [Fact]
    public async Task LogGoesToStderrAndWindowLogMessage()
    {
        var server = new InProcessServer();

        await server.Client.InitializeAsync();

        var logged = Assert.Single(server.Client.Notifications, n => n.GetProperty("method").GetString() == LspMethods.LogMessage);
        var message = logged.GetProperty("params").GetProperty("message").GetString()!;
        Assert.Contains("reportlint-test", message);
        Assert.Contains(message, server.Stderr);
    }

    [Fact]
    public async Task SetTraceTurnsOnLogTraceNotifications()
    {
        var server = await InProcessServer.StartInitializedAsync();

        await server.Client.NotifyAsync(LspMethods.SetTrace, new { value = "verbose" });
        await server.Client.RequestAsync(3, LspMethods.Shutdown);

        // The trace of a request leaves before its answer: it was kept while waiting for the answer.
        Assert.Contains(server.Client.Notifications, n => n.GetProperty("method").GetString() == LspMethods.LogTrace
            && n.GetProperty("params").GetProperty("message").GetString()!.Contains("shutdown", StringComparison.Ordinal));
    }

    private static void RegisterHover(JsonRpcConnection connection) =>
        connection.OnRequest<HoverParams, Hover?>(LspMethods.Hover, (_, _) => Task.FromResult<Hover?>(null));

    private static async Task DrainAsync(LspTestClient client)
    {
        while (await client.TryReceiveAsync() is not null)
        {
        }
    }
}
