using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Configuration;

/// <summary>The options a rules.yml gives one rule, read with the type the rule expects.</summary>
public sealed class RuleOptions
{
    public static readonly RuleOptions Empty = new(ImmutableDictionary<string, YamlNode>.Empty);

    private readonly ImmutableDictionary<string, YamlNode> _values;
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _sets = new();

    internal RuleOptions(ImmutableDictionary<string, YamlNode> values) => _values = values;

    internal ImmutableDictionary<string, YamlNode> Values => _values;

    public bool Has(string key) => _values.ContainsKey(key);

    public string? GetString(string key) => _values.TryGetValue(key, out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    public bool GetBool(string key, bool fallback) => GetString(key) is { } text && bool.TryParse(text, out var value) ? value : fallback;

    public int GetInt(string key, int fallback) => GetString(key) is { } text && int.TryParse(text, out var value) ? value : fallback;

    public ImmutableArray<string> GetStrings(string key) =>
        _values.TryGetValue(key, out var node) && node is YamlSequenceNode sequence
            ? [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)]
            : [];

    /// <summary>A list option as a set of lower-case NFC entries, built once per configuration.</summary>
    public FrozenSet<string> GetLowerCaseSet(string key) =>
        _sets.GetOrAdd(key, k => GetStrings(k).Select(s => s.Normalize(NormalizationForm.FormC).ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal));

    public YamlNode? GetNode(string key) => _values.GetValueOrDefault(key);
}
