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

    [Fact]
    public async Task OnAFigureTheHoverListsTheRelationsItWasCheckedIn()
    {
        const string text = "Đảng bộ huyện có 65 tổ chức cơ sở đảng, gồm 21 đảng bộ cơ sở và 44 chi bộ cơ sở.\n\nCó 86/101 bản có chi ủy, đạt 85,2%.\n";
        var server = await LintingServer.StartAsync();
        await server.OpenAsync("untitled:figures", text);
        await server.NextPublishAsync("untitled:figures");

        var holds = (await HoverAsync(server, "untitled:figures", line: 0, character: text.IndexOf("44", StringComparison.Ordinal) + 1)).GetProperty("result");
        Assert.StartsWith("✓ 21 + 44 = 65", holds.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);

        var secondLine = text.Split('\n')[2];
        var fails = (await HoverAsync(server, "untitled:figures", line: 2, character: secondLine.IndexOf("85,2", StringComparison.Ordinal) + 1)).GetProperty("result");
        Assert.Contains("✗ 86/101 là 85,1%, không phải 85,2%", fails.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    private static Task<JsonElement> HoverAsync(LintingServer server, string uri, int line, int character) =>
        server.RequestAsync(LspMethods.Hover, new { textDocument = new { uri }, position = new { line, character } });
}
