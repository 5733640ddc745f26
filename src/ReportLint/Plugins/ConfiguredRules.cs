using ReportLint.Analysis;
using ReportLint.Configuration;

namespace ReportLint.Plugins;

/// <summary>What checks the drafts one rules.yml governs: its configuration, and an engine that runs the built-in rules and the plugins it lists.</summary>
internal sealed record ConfiguredRules(LintConfiguration Configuration, LintEngine Engine);
