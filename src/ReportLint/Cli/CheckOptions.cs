using System.Collections.Immutable;
using ReportLint.Configuration;

namespace ReportLint.Cli;

internal enum OutputFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
}

/// <summary>
/// The settings of one <c>reportlint check</c> run, as parsed from the command line.
/// <see cref="AnnotatedFile"/> is where a copy of the one Word draft checked gets its findings as comments.
/// <see cref="Fix"/> applies every certain fix (in place, or into a Word copy); with <see cref="DryRun"/>
/// nothing is written and the changes are shown as a unified diff.
/// </summary>
internal sealed record CheckOptions(
    ImmutableArray<string> Paths,
    OutputFormat Format,
    string? OutputFile,
    string? ConfigFile,
    string? Language,
    RuleSeverity FailOn,
    bool ExplainFigures = false,
    string? AnnotatedFile = null,
    bool Fix = false,
    bool DryRun = false);
