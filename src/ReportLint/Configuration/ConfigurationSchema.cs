using System.Collections.Frozen;

namespace ReportLint.Configuration;

/// <summary>What a rules.yml may name: the rules that exist, their options, and top-level sections.</summary>
internal sealed class ConfigurationSchema
{
    public static readonly FrozenSet<string> BuiltInSections = new[] { "language", "rules", "plugins" }.ToFrozenSet();

    public ConfigurationSchema(IEnumerable<string> ruleIds, IEnumerable<RuleOptionDescriptor> options, IEnumerable<string> sections)
    {
        RuleIds = ruleIds.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Options = options.GroupBy(o => o.RuleId, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(o => o.Key).ToFrozenSet(), StringComparer.OrdinalIgnoreCase);
        Sections = BuiltInSections.Concat(sections).ToFrozenSet();
    }

    public FrozenSet<string> RuleIds { get; }

    public FrozenDictionary<string, FrozenSet<string>> Options { get; }

    public FrozenSet<string> Sections { get; }

    public bool AcceptsOption(string ruleId, string key) =>
        key == "severity" || Options.TryGetValue(ruleId, out var keys) && keys.Contains(key);
}
