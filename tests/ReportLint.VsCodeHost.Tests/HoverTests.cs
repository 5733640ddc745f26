using System.Text.Json;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

public sealed class HoverTests
{
    [Fact]
    public async Task OnAFindingTheHoverExplainsTheRuleInTheConfiguredLanguage()
    {
        var server = await LintingServer.StartAsync(settings: new { reportlint = new { language = "en" } });
        await server.OpenAsync("untitled:h", "😀 Tổng các các *chỉ tiêu*\n");
        await server.NextPublishAsync("untitled:h");

        var hover = (await HoverAsync(server, "untitled:h", line: 0, character: 9)).GetProperty("result");

        var contents = hover.GetProperty("contents");
        Assert.Equal("markdown", contents.GetProperty("kind").GetString());
        var markdown = contents.GetProperty("value").GetString()!;
        Assert.StartsWith("**RL2001** · Duplicated word", markdown, StringComparison.Ordinal);
        Assert.Contains("The word “các” is typed twice", markdown, StringComparison.Ordinal);
        Assert.Contains("Legitimate reduplications", markdown, StringComparison.Ordinal);
        Assert.EndsWith("(https://github.com/reportlint/reportlint/blob/main/docs/rules/RL2001.md)", markdown, StringComparison.Ordinal);
        Assert.Equal(8, hover.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(15, hover.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task AwayFromFindingsThereIsNoHover()
    {
        var server = await LintingServer.StartAsync();
        await server.OpenAsync("untitled:h", "Tổng các các chỉ tiêu\n");

        var hover = await HoverAsync(server, "untitled:h", line: 0, character: 16);

        Assert.Equal(JsonValueKind.Null, hover.GetProperty("result").ValueKind);
    }

    private static Task<JsonElement> HoverAsync(LintingServer server, string uri, int line, int character) =>
        server.RequestAsync(LspMethods.Hover, new { textDocument = new { uri }, position = new { line, character } });
}
