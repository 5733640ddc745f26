using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;

namespace ReportLint.Tests.Infrastructure;

/// <summary>Runs the engine on text in tests.</summary>
internal static class Lint
{
    public static readonly LintEngine Engine = LintEngine.CreateDefault();

    public static readonly ConfigurationLoader Loader = new(Engine.Schema);

    public static LintResult Text(string text, string path = "draft.md", LintEngine? engine = null, LintConfiguration? configuration = null)
    {
        var draft = DraftLoader.FromText(path, SourceText.From(text));
        return (engine ?? Engine).Analyze(draft, configuration ?? Loader.Defaults);
    }

    public static LintResult Draft(Draft draft) => Engine.Analyze(draft, Loader.Defaults);

    public static LintEngine EngineFor(string ruleId) =>
        new(Engine.Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == ruleId)));

    /// <summary>One line per finding, as snapshots show them: position, ID, severity, message, fix.</summary>
    public static string Describe(Diagnostic diagnostic, string language = "vi")
    {
        var span = diagnostic.Location.GetLineSpan();
        var start = span.StartLinePosition;
        var end = span.EndLinePosition;
        var line = $"({start.Line + 1},{start.Character + 1})-({end.Line + 1},{end.Character + 1}) {diagnostic.Id} {diagnostic.Severity}: {diagnostic.GetMessage(System.Globalization.CultureInfo.GetCultureInfo(language))}";
        return FixData.TryGet(diagnostic, out var fix) ? $"{line}\n    fix: replace {fix.Span} with “{fix.NewText}”" : line;
    }
}
