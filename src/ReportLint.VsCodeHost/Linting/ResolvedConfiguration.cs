using System.Globalization;
using ReportLint.Configuration;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>
/// What governs one document: the configuration to check it with, or the error that prevents it,
/// and the language of its messages. <see cref="Generation"/> changes whenever any of them may have.
/// </summary>
public sealed record ResolvedConfiguration(LintConfiguration? Configuration, ConfigurationException? Error, CultureInfo Culture, int Generation);
