using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.VsCodeHost.CodeActions;

namespace ReportLint.VsCodeHost.Tests;

public sealed class RulesFileEditTests
{
    private static readonly ConfigurationLoader Loader = new(LintEngine.CreateDefault().Schema);

    [Theory]
    [InlineData("")]
    [InlineData("# nothing yet\n")]
    [InlineData("language: en")]
    [InlineData("language: en\nrules:\n")]
    [InlineData("rules:   # later\nlanguage: en\n")]
    [InlineData("rules:\n  RL9002: info\n")]
    [InlineData("language: en\r\nrules:\r\n  RL9002: info\r\n")]
    [InlineData("rules:\n  rl2001: warning\n  RL9002: info\n")]
    [InlineData("rules:\n  RL2001: \"error\"\n")]
    [InlineData("rules:\n  RL2001:\n    allow:\n      - người người\n  RL9002: info\n")]
    [InlineData("rules:\n  RL2001:\n    severity: error\n    allow: [người người]\n")]
    [InlineData("rules: { RL2001: { allow: [người người] }, RL9002: info }\n")]
    public void TheRuleEndsUpOffAndEverythingElseStays(string yaml)
    {
        var before = Loader.Parse(yaml, null);

        var change = RulesFileEdit.TurnOff(yaml, "RL2001");

        Assert.NotNull(change);
        var edited = yaml[..change.Value.Span.Start] + change.Value.NewText + yaml[change.Value.Span.End..];
        var after = Loader.Parse(edited, null);
        Assert.Equal(RuleSeverity.Off, after.SeverityOf("RL2001"));
        Assert.Equal(before.Language, after.Language);
        Assert.Equal(before.SeverityOf("RL9002"), after.SeverityOf("RL9002"));
        Assert.Equal(before.OptionsOf("RL2001").Values.Keys, after.OptionsOf("RL2001").Values.Keys);
    }

    [Fact]
    public void AFileThatDoesNotParseIsLeftAlone() =>
        Assert.Null(RulesFileEdit.TurnOff("rules: [unclosed\n", "RL2001"));
}
