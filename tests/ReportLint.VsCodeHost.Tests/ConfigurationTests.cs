using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task ChangedSettingsRecheckOpenDocumentsInTheirLanguageAndSeverities()
    {
        var server = await LintingServer.StartAsync();
        await server.OpenAsync("untitled:c", "các các");
        Assert.StartsWith("Từ", Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync("untitled:c"))).GetProperty("message").GetString());

        await server.Client.NotifyAsync(LspMethods.DidChangeConfiguration, new { settings = new { reportlint = new { language = "en", severities = new { rl2001 = "error" } } } });
        var english = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync("untitled:c")));

        await server.Client.NotifyAsync(LspMethods.DidChangeConfiguration, new { settings = new { reportlint = new { severities = new { RL2001 = "off" } } } });
        var off = await server.NextPublishAsync("untitled:c");

        Assert.StartsWith("The word", english.GetProperty("message").GetString());
        Assert.Equal(1, english.GetProperty("severity").GetInt32());
        Assert.Empty(LintingServer.Diagnostics(off));
    }

    [Fact]
    public async Task UnusableSettingsAreShownAndTheRestStillApplies()
    {
        var server = await LintingServer.StartAsync();
        await server.OpenAsync("untitled:c", "các các");
        await server.NextPublishAsync("untitled:c");

        await server.Client.NotifyAsync(LspMethods.DidChangeConfiguration, new { settings = new { reportlint = new { language = "fr", severities = new { RL2001 = "loud" } } } });

        var message = await server.Client.ReceiveMethodAsync(LspMethods.ShowMessage);
        Assert.Equal(2, message.GetProperty("params").GetProperty("type").GetInt32());
        Assert.Contains("reportlint.language", message.GetProperty("params").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync("untitled:c")));
    }

    [Fact]
    public async Task AChangedRulesFileIsReadAgainAndAnInvalidOneIsShownWithoutStoppingTheServer()
    {
        var folder = TestDocuments.NewFolder();
        var rulesPath = Path.Combine(folder, "rules.yml");
        var uri = TestDocuments.UriOf(Path.Combine(folder, "draft.md"));
        var server = await LintingServer.StartAsync();
        await server.OpenAsync(uri, "các các");
        Assert.Equal(2, Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(uri))).GetProperty("severity").GetInt32());

        File.WriteAllText(rulesPath, "rules:\n  RL2001: error\n");
        await NotifyRulesChangedAsync(server, rulesPath);
        Assert.Equal(1, Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(uri))).GetProperty("severity").GetInt32());

        File.WriteAllText(rulesPath, "rules:\n  RL2001: error\n  RL7777: off\n");
        await NotifyRulesChangedAsync(server, rulesPath);
        var shown = (await server.Client.ReceiveMethodAsync(LspMethods.ShowMessage)).GetProperty("params");
        var invalid = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(uri)));

        Assert.Equal(1, shown.GetProperty("type").GetInt32());
        Assert.Contains("RL7777", shown.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("RL9005", invalid.GetProperty("code").GetString());
        var related = Assert.Single(invalid.GetProperty("relatedInformation").EnumerateArray()).GetProperty("location");
        Assert.Equal(TestDocuments.UriOf(rulesPath), related.GetProperty("uri").GetString());
        Assert.Equal(2, related.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        File.Delete(rulesPath);
        await NotifyRulesChangedAsync(server, rulesPath);
        Assert.Equal(2, Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(uri))).GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task SettingsInInitializationOptionsApplyToTheFirstCheck()
    {
        var server = await LintingServer.StartAsync(settings: new { reportlint = new { language = "en" } });

        await server.OpenAsync("untitled:c", "các các");

        Assert.StartsWith("The word", Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync("untitled:c"))).GetProperty("message").GetString());
    }

    [Fact]
    public async Task APullingClientIsAskedToRefreshInsteadOfPushed()
    {
        var server = await LintingServer.StartAsync(capabilities: new
        {
            textDocument = new { diagnostic = new { } },
            workspace = new { diagnostics = new { refreshSupport = true } },
        });
        await server.OpenAsync("untitled:c", "các các");

        await server.Client.NotifyAsync(LspMethods.DidChangeConfiguration, new { settings = new { reportlint = new { language = "en" } } });

        var refresh = await server.Client.ReceiveMethodAsync(LspMethods.DiagnosticRefresh);
        Assert.True(refresh.TryGetProperty("id", out _));
    }

    private static Task NotifyRulesChangedAsync(LintingServer server, string rulesPath) =>
        server.Client.NotifyAsync(LspMethods.DidChangeWatchedFiles, new { changes = new[] { new { uri = TestDocuments.UriOf(rulesPath), type = 2 } } });
}
