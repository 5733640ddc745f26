using System.Collections.Immutable;

namespace ReportLint.Plugins;

/// <summary>
/// What loading a rules.yml gave: the rules to check its drafts with, or the problem that prevents
/// it; and the plugin files it lists (full paths), known even when they do not compile, so a host
/// can watch them.
/// </summary>
internal sealed record RulesOutcome(ConfiguredRules? Rules, RulesProblem? Problem, ImmutableArray<string> Plugins);
