using System.Globalization;
using System.Resources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Documents;

namespace ReportLint.Analysis;

/// <summary>The RL9xxx diagnostics: what the tool says about files, suppressions and itself.</summary>
internal static class ToolDiagnostics
{
    public static readonly ResourceManager Resources = new("ReportLint.Analysis.ToolResources", typeof(ToolDiagnostics).Assembly);

    public static readonly DiagnosticDescriptor UnreadableInput = Create("RL9001", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnusedSuppression = Create("RL9002", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor LegacyEncoding = Create("RL9003", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor RuleFailed = Create("RL9004", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidConfiguration = Create("RL9005", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PluginFailed = Create("RL9006", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InternalError = Create("RL9007", DiagnosticSeverity.Error);

    public static IEnumerable<DiagnosticDescriptor> All =>
        [UnreadableInput, UnusedSuppression, LegacyEncoding, RuleFailed, InvalidConfiguration, PluginFailed, InternalError];

    /// <summary>Where a bug in the tool is reported.</summary>
    public const string IssuesUri = "https://github.com/reportlint/reportlint/issues";

    /// <summary>What an unexpected exception was, for a one-line message: its type and message, no stack trace.</summary>
    public static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";

    /// <summary>A tool string in the user's language, for messages that are not diagnostics.</summary>
    public static string Text(string key, CultureInfo culture, params object?[] args)
    {
        var format = Resources.GetString(key, culture) ?? key;
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    /// <summary>Why a draft cannot be read, in the user's language: every host says it the same way.</summary>
    public static string DescribeReadProblem(DraftReadProblem problem, string? detail, CultureInfo culture) =>
        Text("Read_" + problem, culture, detail ?? string.Empty);

    /// <summary>
    /// A place in a file that is not a draft (a rules.yml, a plugin), from the 1-based line and
    /// column a parser or compiler gives; 0 (unknown) is the file's start.
    /// </summary>
    public static Location PositionIn(string path, int line, int column)
    {
        var position = new LinePosition(Math.Max(0, line - 1), Math.Max(0, column - 1));
        return Location.Create(path, default, new LinePositionSpan(position, position));
    }

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity) =>
        RuleDescriptors.Create(id, RuleCategories.Tool, severity, Resources, typeof(ToolDiagnostics));
}
