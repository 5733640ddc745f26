using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

public sealed class PullDiagnosticsTests
{
    private static readonly object PullingClient = new { textDocument = new { diagnostic = new { dynamicRegistration = false } } };

    [Fact]
    public async Task PullAnswersTheCurrentVersionThenUnchangedUntilAnEdit()
    {
        var server = await LintingServer.StartAsync(capabilities: PullingClient);
        await server.OpenAsync("untitled:p", "các các", version: 4);

        var first = (await PullAsync(server, previousResultId: null)).GetProperty("result");
        var again = (await PullAsync(server, first.GetProperty("resultId").GetString())).GetProperty("result");
        await server.ChangeAsync("untitled:p", 5, LintingServer.Edit(0, 0, 0, 4, string.Empty));
        var afterEdit = (await PullAsync(server, first.GetProperty("resultId").GetString())).GetProperty("result");

        Assert.Equal("full", first.GetProperty("kind").GetString());
        Assert.Equal("RL2001", Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("unchanged", again.GetProperty("kind").GetString());
        Assert.Equal("full", afterEdit.GetProperty("kind").GetString());
        Assert.Empty(afterEdit.GetProperty("items").EnumerateArray());

        // A pulling client gets no pushes as well, which would show every finding twice.
        Assert.DoesNotContain(server.Client.Notifications, n => n.GetProperty("method").GetString() == LspMethods.PublishDiagnostics);
    }

    [Fact]
    public async Task ADocumentBeyondALimitIsOneFindingAtItsStartNotAFault()
    {
        var server = await LintingServer.StartAsync(capabilities: PullingClient);
        await server.OpenAsync("untitled:p", new string('>', 200) + " các các", version: 1);

        var item = Assert.Single((await PullAsync(server, previousResultId: null)).GetProperty("result").GetProperty("items").EnumerateArray());

        Assert.Equal("RL9001", item.GetProperty("code").GetString());
        Assert.Contains("128", item.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, item.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task ThePullCapabilityIsAdvertised()
    {
        var process = new InProcessServer(ReportLintHost.Capabilities, (server, log) => ReportLintHost.Attach(server, log));

        var capabilities = (await process.Client.InitializeAsync()).GetProperty("result").GetProperty("capabilities");

        Assert.False(capabilities.GetProperty("diagnosticProvider").GetProperty("interFileDependencies").GetBoolean());
        Assert.Equal("quickfix", capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds")[0].GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
    }

    [Fact]
    public async Task PullingAClosedDocumentIsAnError()
    {
        var server = await LintingServer.StartAsync(capabilities: PullingClient);

        var response = await server.RequestAsync(LspMethods.DocumentDiagnostic, new { textDocument = new { uri = "untitled:never" } });

        Assert.Equal(ErrorCodes.InvalidParams, InProcessServer.ErrorCode(response));
    }

    private static Task<System.Text.Json.JsonElement> PullAsync(LintingServer server, string? previousResultId) =>
        server.RequestAsync(LspMethods.DocumentDiagnostic, new { textDocument = new { uri = "untitled:p" }, previousResultId });
}
