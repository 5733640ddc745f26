using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Documents;

namespace ReportLint.Reporting;

/// <summary>
/// What was found in one file. <see cref="Draft"/> is null when the file could not be read; its
/// diagnostics then say why.
/// </summary>
internal sealed record FileReport(string Path, Draft? Draft, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The relations between figures the rules checked (<c>--explain-figures</c>).</summary>
    public ImmutableArray<ReportLint.Analysis.FigureCheck> FigureChecks { get; init; } = [];

    /// <summary>With <c>--fix</c>: the fixes applied, pass by pass; <see cref="Draft"/> and <see cref="Diagnostics"/> are then the fixed draft and what is left in it.</summary>
    public ReportLint.Analysis.Fixes.FixOutcome? Fix { get; init; }

    /// <summary>The unexpected exception that stopped this file's check (RL9007), kept for <c>--verbose</c>.</summary>
    public Exception? InternalFault { get; init; }
}

/// <summary>Everything one run found, with what the formatters need to present it.</summary>
internal sealed record RunReport(
    ImmutableArray<FileReport> Files,
    ImmutableArray<DiagnosticDescriptor> Rules,
    System.Globalization.CultureInfo Culture,
    string WorkingDirectory)
{
    /// <summary>Reports list every relation between figures that was recognised (<c>--explain-figures</c>), not only the failing ones.</summary>
    public bool ExplainFigures { get; init; }

    public IEnumerable<Diagnostic> AllDiagnostics => Files.SelectMany(f => f.Diagnostics);

    public int Count(DiagnosticSeverity severity) => AllDiagnostics.Count(d => d.Severity == severity);

    /// <summary>Drafts read and analysed; reports on configuration files and unreadable inputs are not.</summary>
    public int CheckedCount => Files.Count(f => f.Draft is not null);

    /// <summary>Inputs that could not be read or checked; a broken rules.yml is counted by the drafts it governs.</summary>
    public int NotCheckedCount => Files.Count(f => f.Draft is null && f.Diagnostics.Any(d =>
        d.Id == ReportLint.Analysis.ToolDiagnostics.UnreadableInput.Id || d.Id == ReportLint.Analysis.ToolDiagnostics.InternalError.Id));

    /// <summary>A path as the user should see it: relative to the working folder when inside it.</summary>
    public string DisplayPath(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var relative = System.IO.Path.GetRelativePath(WorkingDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }
}
