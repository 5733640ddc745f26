using System.Text.Json;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

/// <summary>The ReportLint language server in-process, with helpers for documents and their published diagnostics.</summary>
internal sealed class LintingServer
{
    private int _nextRequestId = 100;

    private LintingServer(InProcessServer server) => Process = server;

    public InProcessServer Process { get; }

    public LspTestClient Client => Process.Client;

    /// <param name="debounceMilliseconds">Zero by default: tests wait for publishes, not for time.</param>
    public static async Task<LintingServer> StartAsync(
        object? capabilities = null,
        object? settings = null,
        int debounceMilliseconds = 0,
        string? rootUri = null)
    {
        var process = new InProcessServer(ReportLintHost.Capabilities, (server, log) => ReportLintHost.Attach(server, log));
        var initialize = await process.Client.RequestAsync(0, LspMethods.Initialize, new
        {
            processId = (int?)null,
            rootUri,
            capabilities = capabilities ?? new { },
            initializationOptions = new { debounceMilliseconds, settings },
        });
        Assert.True(initialize.TryGetProperty("result", out _), initialize.ToString());
        await process.Client.NotifyAsync(LspMethods.Initialized, new { });
        return new LintingServer(process);
    }

    public Task OpenAsync(string uri, string text, string languageId = "markdown", int version = 1) =>
        Client.NotifyAsync(LspMethods.DidOpen, new { textDocument = new { uri, languageId, version, text } });

    public Task ChangeAsync(string uri, int version, params object[] contentChanges) =>
        Client.NotifyAsync(LspMethods.DidChange, new { textDocument = new { uri, version }, contentChanges });

    public static object Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text };

    public Task<JsonElement> RequestAsync(string method, object parameters) =>
        Client.RequestAsync(Interlocked.Increment(ref _nextRequestId), method, parameters);

    /// <summary>The params of the next publishDiagnostics for <paramref name="uri"/>.</summary>
    public async Task<JsonElement> NextPublishAsync(string uri)
    {
        while (true)
        {
            var message = await Client.ReceiveMethodAsync(LspMethods.PublishDiagnostics);
            var parameters = message.GetProperty("params");
            if (parameters.GetProperty("uri").GetString() == uri)
            {
                return parameters;
            }
        }
    }

    public static IReadOnlyList<JsonElement> Diagnostics(JsonElement publish) => [.. publish.GetProperty("diagnostics").EnumerateArray()];

    /// <summary>
    /// The diagnostics of one rule: tests probe the server's mechanics with one rule, and other
    /// rules may well speak on the same text (decomposed letters, say).
    /// </summary>
    public static IReadOnlyList<JsonElement> Diagnostics(JsonElement publish, string ruleId) =>
        [.. Diagnostics(publish).Where(d => d.GetProperty("code").GetString() == ruleId)];

    /// <summary>A diagnostic's range as (startLine, startCharacter, endLine, endCharacter).</summary>
    public static (int, int, int, int) RangeOf(JsonElement diagnostic)
    {
        var range = diagnostic.GetProperty("range");
        var start = range.GetProperty("start");
        var end = range.GetProperty("end");
        return (start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32(), end.GetProperty("line").GetInt32(), end.GetProperty("character").GetInt32());
    }
}
