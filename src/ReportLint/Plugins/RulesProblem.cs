using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Configuration;

namespace ReportLint.Plugins;

/// <summary>
/// Why the drafts a rules.yml governs cannot be checked: the file itself (RL9005) or a plugin it
/// lists (RL9006), with the 1-based line and column of the first error in that file.
/// </summary>
internal sealed record RulesProblem(DiagnosticDescriptor Descriptor, string Path, int Line, int Column, object Message)
{
    public static RulesProblem Of(ConfigurationException error) =>
        new(ToolDiagnostics.InvalidConfiguration, error.Path, error.Line, error.Column, error.Problem);

    public static RulesProblem Of(PluginException error) =>
        new(ToolDiagnostics.PluginFailed, error.Path, error.Line, error.Column, error.Message);

    public bool InPlugin => Descriptor.Id == ToolDiagnostics.PluginFailed.Id;

    public Location Location => ToolDiagnostics.PositionIn(Path, Line, Column);

    /// <summary>The problem as a finding in the file that has it.</summary>
    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, Message);

    /// <summary>The message alone, translated where it is the tool's (a compiler's message is in English).</summary>
    public string Describe(CultureInfo culture) => string.Format(culture, "{0}", Message);
}
