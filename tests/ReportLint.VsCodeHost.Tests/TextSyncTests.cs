using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

public sealed class TextSyncTests
{
    private const string Uri = "untitled:draft-1";
    private const string Probe = "RL2001";

    // Fully decomposed (NFD) Vietnamese, as pasted from some sources, with an emoji before the finding.
    private const string Heading = "# Ba\u0301o ca\u0301o \U0001F4CA";
    private const string Line = "To\u0302\u0309ng ca\u0301c ca\u0301c chi\u0309 tie\u0302u \U0001F600 \u0111e\u0302\u0300u \u0111a\u0323t.";

    [Fact]
    public async Task OpenPublishesTheFindingWithUtf16PositionsAroundCombiningMarks()
    {
        var server = await LintingServer.StartAsync();

        await server.OpenAsync(Uri, $"{Heading}\n\n{Line}\n", version: 3);

        var publish = await server.NextPublishAsync(Uri);
        Assert.Equal(3, publish.GetProperty("version").GetInt32());
        var finding = Assert.Single(LintingServer.Diagnostics(publish, Probe));
        Assert.Equal((2, 7, 2, 16), LintingServer.RangeOf(finding));
        Assert.Equal("RL2001", finding.GetProperty("code").GetString());
        Assert.Equal("reportlint", finding.GetProperty("source").GetString());
        Assert.Equal(2, finding.GetProperty("severity").GetInt32());
        Assert.EndsWith("/docs/rules/RL2001.md", finding.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.StartsWith("Từ “", finding.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Utf8PositionsCountBytesWhenNegotiated()
    {
        var server = await LintingServer.StartAsync(capabilities: new { general = new { positionEncodings = new[] { "utf-8" } } });

        await server.OpenAsync(Uri, $"{Heading}\n\n{Line}\n");

        var finding = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(Uri), Probe));
        Assert.Equal((2, 9, 2, 20), LintingServer.RangeOf(finding));
    }

    [Fact]
    public async Task IncrementalEditsMoveRemoveAndRestoreTheFinding()
    {
        var server = await LintingServer.StartAsync();
        await server.OpenAsync(Uri, $"{Heading}\n\n{Line}\n");
        await server.NextPublishAsync(Uri);

        // An emoji (a surrogate pair) before the finding moves it by three UTF-16 units.
        await server.ChangeAsync(Uri, 2, LintingServer.Edit(2, 0, 2, 0, "\U0001F680 "));
        var moved = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(Uri), Probe));
        Assert.Equal((2, 10, 2, 19), LintingServer.RangeOf(moved));

        // A multi-line deletion from inside the heading to just after the first "các" joins the lines.
        await server.ChangeAsync(Uri, 3, LintingServer.Edit(0, 2, 2, 14, string.Empty));
        var afterDeletion = await server.NextPublishAsync(Uri);
        Assert.Equal(3, afterDeletion.GetProperty("version").GetInt32());
        Assert.Empty(LintingServer.Diagnostics(afterDeletion, Probe));

        // Two changes in one notification apply in order, the second to the text the first produced.
        await server.ChangeAsync(
            Uri,
            4,
            LintingServer.Edit(0, 0, 1, 0, "Mơ\u0309 đâ\u0300u\n\n"),
            LintingServer.Edit(2, 0, 2, 0, "ca\u0301c ca\u0301c "));
        var restored = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(Uri), Probe));
        Assert.Equal((2, 0, 2, 9), LintingServer.RangeOf(restored));
    }

    [Fact]
    public async Task CloseClearsTheDiagnostics()
    {
        var server = await LintingServer.StartAsync();
        await server.OpenAsync(Uri, Line);
        Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(Uri), Probe));

        await server.Client.NotifyAsync(LspMethods.DidClose, new { textDocument = new { uri = Uri } });

        var cleared = await server.NextPublishAsync(Uri);
        Assert.Empty(LintingServer.Diagnostics(cleared));
        Assert.False(cleared.TryGetProperty("version", out _));
    }

    [Fact]
    public async Task SaveRepublishesTheCurrentFindings()
    {
        var server = await LintingServer.StartAsync();
        await server.OpenAsync(Uri, Line);
        await server.NextPublishAsync(Uri);

        await server.Client.NotifyAsync(LspMethods.DidSave, new { textDocument = new { uri = Uri } });

        Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(Uri), Probe));
    }

    [Fact]
    public async Task ANewerEditCancelsTheCheckOfAnOlderVersion()
    {
        var server = await LintingServer.StartAsync(debounceMilliseconds: 500);

        // One write, so every edit reaches the server well inside the quiet time of the first.
        var frames = new List<byte>(LspTestClient.Frame(LspTestClient.Serialize(Notification(LspMethods.DidOpen, new { textDocument = new { uri = Uri, languageId = "markdown", version = 1, text = "một" } }))));
        for (var version = 2; version <= 20; version++)
        {
            var change = LintingServer.Edit(0, 0, 0, 0, version == 20 ? "các các " : "x");
            frames.AddRange(LspTestClient.Frame(LspTestClient.Serialize(Notification(LspMethods.DidChange, new { textDocument = new { uri = Uri, version }, contentChanges = new[] { change } }))));
        }

        await server.Client.SendRawAsync([.. frames]);
        var publish = await server.NextPublishAsync(Uri);

        // The first publish is for the last version: every older check was cancelled while it waited.
        Assert.Equal(20, publish.GetProperty("version").GetInt32());
        Assert.Single(LintingServer.Diagnostics(publish, Probe));
    }

    private static object Notification(string method, object parameters) => new { jsonrpc = "2.0", method, @params = parameters };

    [Fact]
    public async Task AnEmojiFollowedByACombiningMarkIsCheckedLikeAnyText()
    {
        // Found by the real-client test: the engine normalized the emoji's low surrogate alone and threw.
        var server = await LintingServer.StartAsync();

        await server.OpenAsync(Uri, "## Kết quả ca\U0001F4CA\u0301c ca\u0301c ca\u0301c\n");

        Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(Uri), Probe));
    }

    [Fact]
    public async Task PlainTextIsReadLineByLine()
    {
        var server = await LintingServer.StartAsync();

        await server.OpenAsync("untitled:notes", "# các các\n    ca\u0301c ca\u0301c", languageId: "plaintext");

        // In Markdown the indented line would be code; in plain text both lines are prose.
        Assert.Equal(2, LintingServer.Diagnostics(await server.NextPublishAsync("untitled:notes"), Probe).Count);
    }

    [Fact]
    public async Task ChangeToAnUnopenedDocumentIsLoggedAndIgnored()
    {
        var server = await LintingServer.StartAsync();

        await server.ChangeAsync("untitled:never-opened", 2, LintingServer.Edit(0, 0, 0, 0, "x"));
        await server.OpenAsync(Uri, Line);

        Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(Uri), Probe));
        Assert.Contains("not open", server.Process.Stderr, StringComparison.Ordinal);
    }
}
