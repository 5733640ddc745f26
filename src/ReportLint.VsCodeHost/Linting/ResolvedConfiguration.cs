using System.Globalization;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Plugins;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>
/// What governs one document: the configuration and the engine (built-in rules and the plugins
/// rules.yml lists) to check it with, or the problem that prevents it, and the language of its
/// messages. <see cref="Generation"/> changes whenever any of them may have.
/// </summary>
internal sealed record ResolvedConfiguration(LintConfiguration? Configuration, LintEngine Engine, RulesProblem? Error, CultureInfo Culture, int Generation);
