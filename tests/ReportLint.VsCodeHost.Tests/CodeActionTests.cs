using System.Text.Json;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

public sealed class CodeActionTests
{
    private static readonly object CreatesFiles = new { workspace = new { workspaceEdit = new { documentChanges = true, resourceOperations = new[] { "create" } } } };

    [Fact]
    public async Task AFindingOffersItsFixThenDisablingOnTheLineThenInANewRulesFile()
    {
        var folder = TestDocuments.NewFolder();
        var uri = TestDocuments.UriOf(Path.Combine(folder, "draft.md"));
        var text = "Tổng ca\u0301c ca\u0301c chỉ tiêu 😀 đều đạt.\n";
        var server = await LintingServer.StartAsync(capabilities: CreatesFiles, rootUri: TestDocuments.UriOf(folder));
        await server.OpenAsync(uri, text, version: 7);
        var finding = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(uri), "RL2001"));

        var actions = await CodeActionsAsync(server, uri, finding);

        Assert.Equal(["Xóa “ca\u0301c”", "Tắt RL2001 cho dòng này", "Tắt RL2001 trong rules.yml"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a => Assert.Equal("quickfix", a.GetProperty("kind").GetString()));
        Assert.True(actions[0].GetProperty("isPreferred").GetBoolean());
        Assert.Equal(7, actions[0].GetProperty("edit").GetProperty("documentChanges")[0].GetProperty("textDocument").GetProperty("version").GetInt32());
        Assert.Equal("Tổng ca\u0301c chỉ tiêu 😀 đều đạt.\n", TestDocuments.Apply(text, TestDocuments.EditsTo(actions[0].GetProperty("edit"), uri)));
        Assert.Equal($"<!-- reportlint-disable-next-line RL2001 -->\n{text}", TestDocuments.Apply(text, TestDocuments.EditsTo(actions[1].GetProperty("edit"), uri)));

        var rulesUri = TestDocuments.UriOf(Path.Combine(folder, "rules.yml"));
        var createThenWrite = actions[2].GetProperty("edit").GetProperty("documentChanges");
        Assert.Equal("create", createThenWrite[0].GetProperty("kind").GetString());
        Assert.Equal(rulesUri, createThenWrite[0].GetProperty("uri").GetString());
        var newRules = TestDocuments.Apply(string.Empty, TestDocuments.EditsTo(actions[2].GetProperty("edit"), rulesUri));
        Assert.Equal(RuleSeverity.Off, Loader().Parse(newRules, null).SeverityOf("RL2001"));
    }

    [Fact]
    public async Task TheSuppressionCommentSilencesTheFindingWithoutBecomingUnused()
    {
        var server = await LintingServer.StartAsync();
        var text = "- Mục một\n  - Tổng các các chỉ tiêu\n";
        await server.OpenAsync("untitled:list", text);
        var finding = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync("untitled:list"), "RL2001"));
        var disable = (await CodeActionsAsync(server, "untitled:list", finding)).Single(a => a.GetProperty("title").GetString()!.StartsWith("Tắt RL2001 cho", StringComparison.Ordinal));

        var suppressed = TestDocuments.Apply(text, TestDocuments.EditsTo(disable.GetProperty("edit"), "untitled:list"));
        await server.ChangeAsync("untitled:list", 2, new { text = suppressed });

        Assert.Equal("- Mục một\n  <!-- reportlint-disable-next-line RL2001 -->\n  - Tổng các các chỉ tiêu\n", suppressed);
        Assert.Empty(LintingServer.Diagnostics(await server.NextPublishAsync("untitled:list"), "RL2001"));
    }

    [Fact]
    public async Task PlainTextGetsNoSuppressionCommentAndNoRulesFileWithoutCreateSupport()
    {
        var server = await LintingServer.StartAsync();
        var uri = TestDocuments.UriOf(Path.Combine(TestDocuments.NewFolder(), "notes.txt"));
        await server.OpenAsync(uri, "các các", languageId: "plaintext");
        var finding = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(uri), "RL2001"));

        var actions = await CodeActionsAsync(server, uri, finding);

        Assert.Equal(["Xóa “các”"], actions.Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task FixAllTakesEveryFixOfTheRuleInOneEdit()
    {
        var server = await LintingServer.StartAsync(settings: new { reportlint = new { language = "en" } });
        var text = "các các chỉ tiêu\n\nnăm nay nay\n\nđã đã đạt đạt\n";
        await server.OpenAsync("untitled:many", text);
        var findings = LintingServer.Diagnostics(await server.NextPublishAsync("untitled:many"), "RL2001");
        Assert.Equal(4, findings.Count);

        var fixAll = (await CodeActionsAsync(server, "untitled:many", findings[0])).Single(a => a.GetProperty("title").GetString() == "Fix every RL2001 finding in the document");

        Assert.Equal("các chỉ tiêu\n\nnăm nay\n\nđã đạt\n", TestDocuments.Apply(text, TestDocuments.EditsTo(fixAll.GetProperty("edit"), "untitled:many")));
    }

    [Fact]
    public async Task DisablingInAnExistingRulesFileEditsItInPlace()
    {
        var folder = TestDocuments.NewFolder();
        var rulesPath = Path.Combine(folder, "rules.yml");
        var rules = "# Our house rules\nlanguage: vi\nrules:\n  RL2001:\n    severity: warning # the default\n    allow: [người người]\n";
        File.WriteAllText(rulesPath, rules);
        var uri = TestDocuments.UriOf(Path.Combine(folder, "sub", "draft.md"));
        var server = await LintingServer.StartAsync();
        await server.OpenAsync(uri, "các các");
        var finding = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync(uri), "RL2001"));

        var disable = (await CodeActionsAsync(server, uri, finding)).Single(a => a.GetProperty("title").GetString() == "Tắt RL2001 trong ../rules.yml");

        var edited = TestDocuments.Apply(rules, TestDocuments.EditsTo(disable.GetProperty("edit"), TestDocuments.UriOf(rulesPath)));
        Assert.Equal(rules.Replace("severity: warning", "severity: off", StringComparison.Ordinal), edited);
    }

    [Fact]
    public async Task ARangeWithoutFindingsAndOtherKindsGetNothing()
    {
        var server = await LintingServer.StartAsync();
        await server.OpenAsync("untitled:a", "Một dòng.\n\ncác các\n");
        var finding = Assert.Single(LintingServer.Diagnostics(await server.NextPublishAsync("untitled:a"), "RL2001"));

        var elsewhere = await server.RequestAsync(LspMethods.CodeAction, new
        {
            textDocument = new { uri = "untitled:a" },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 3 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        var refactorOnly = await server.RequestAsync(LspMethods.CodeAction, new
        {
            textDocument = new { uri = "untitled:a" },
            range = finding.GetProperty("range"),
            context = new { diagnostics = new[] { finding }, only = new[] { "refactor" } },
        });

        Assert.Empty(elsewhere.GetProperty("result").EnumerateArray());
        Assert.Empty(refactorOnly.GetProperty("result").EnumerateArray());
    }

    private static ConfigurationLoader Loader() => new(LintEngine.CreateDefault().Schema);

    private static async Task<IReadOnlyList<JsonElement>> CodeActionsAsync(LintingServer server, string uri, JsonElement finding)
    {
        var response = await server.RequestAsync(LspMethods.CodeAction, new
        {
            textDocument = new { uri },
            range = finding.GetProperty("range"),
            context = new { diagnostics = new[] { finding } },
        });
        return [.. response.GetProperty("result").EnumerateArray()];
    }
}
