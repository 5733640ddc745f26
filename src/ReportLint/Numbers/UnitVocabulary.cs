using System.Text;
using ReportLint.Configuration;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Numbers;

/// <summary>
/// The units a report counts in, with their spellings and hierarchy, so that rules can tell that
/// <c>TCCSĐ</c> and <c>tổ chức cơ sở đảng</c> are one unit, that <c>21 đảng bộ</c> and <c>44 chi bộ cơ sở</c>
/// are the parts of <c>65 tổ chức cơ sở đảng</c>, and that <c>300 chi bộ trực thuộc</c> are the level below.
/// Loaded from the <c>units:</c> mapping described at the top of <c>default-units.yml</c>.
/// </summary>
internal sealed class UnitVocabulary
{
    private const string DefaultResourceName = "ReportLint.Numbers.default-units.yml";

    private static readonly Lazy<UnitVocabulary> DefaultVocabulary = new(LoadDefault);

    private readonly Dictionary<string, UnitDefinition> byName;
    private readonly AliasTrie aliases;

    private UnitVocabulary(Dictionary<string, UnitDefinition> byName, AliasTrie aliases)
    {
        this.byName = byName;
        this.aliases = aliases;
    }

    /// <summary>The vocabulary shipped with ReportLint (Party, mass organisations, government, money, time).</summary>
    public static UnitVocabulary Default => DefaultVocabulary.Value;

    /// <summary>An empty vocabulary: numbers still get unit phrases, none of them recognised.</summary>
    public static UnitVocabulary Empty { get; } = new(new Dictionary<string, UnitDefinition>(StringComparer.OrdinalIgnoreCase), new AliasTrie());

    public IEnumerable<UnitDefinition> Units => byName.Values;

    /// <summary>Reads a YAML document whose root mapping holds a <c>units:</c> section.</summary>
    public static UnitVocabulary FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("units"), out var units) || units is not YamlMappingNode unitsMapping)
        {
            throw new InvalidDataException("A unit vocabulary needs a 'units:' mapping at the top level.");
        }

        return FromYaml(unitsMapping);
    }

    /// <summary>Builds the vocabulary from the <c>units:</c> mapping itself (for configuration files that hold other sections too).</summary>
    public static UnitVocabulary FromYaml(YamlMappingNode units)
    {
        var definitions = new Dictionary<string, UnitDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in units.Children)
        {
            var definition = UnitYamlReader.Read(key, value);
            if (!definitions.TryAdd(definition.Name, definition))
            {
                throw UnitYamlReader.Error(key, $"unit '{definition.Name}' is defined twice");
            }
        }

        return Build(definitions);
    }

    /// <summary>
    /// This vocabulary with a user's <c>units:</c> section laid over it: each unit given there is added, or
    /// replaces the unit of the same name; <c>remove: [name, …]</c> drops units, as every vocabulary of rules.yml is laid
    /// over its defaults (<see cref="VocabularyOverlay"/>). The defaults need not be copied whole.
    /// </summary>
    public UnitVocabulary Overlaid(YamlMappingNode units)
    {
        var definitions = new Dictionary<string, UnitDefinition>(byName, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in units.Children)
        {
            if (key is YamlScalarNode { Value: VocabularyOverlay.RemoveKey })
            {
                var names = value as YamlSequenceNode ?? throw UnitYamlReader.Error(value, "remove: takes a list of unit names");
                if (VocabularyOverlay.Remove(definitions, names) is { } missing)
                {
                    throw UnitYamlReader.Error(missing, $"remove: there is no unit '{(missing as YamlScalarNode)?.Value}' to remove");
                }

                continue;
            }

            var definition = UnitYamlReader.Read(key, value);
            definitions[definition.Name] = definition;
        }

        // A removed unit leaves no dangling reference: splits, levels and readings that named it lose it.
        foreach (var (name, unit) in definitions.ToList())
        {
            if (unit.Parts.Any(p => !definitions.ContainsKey(p)) || (unit.Within is { } w && !definitions.ContainsKey(w))
                || unit.InContext.Any(c => !definitions.ContainsKey(c.Key) || !definitions.ContainsKey(c.Value)))
            {
                definitions[name] = new UnitDefinition(unit.Name, unit.Kind, unit.Aliases, [.. unit.Parts.Where(definitions.ContainsKey)],
                    unit.Within is { } within && definitions.ContainsKey(within) ? within : null,
                    unit.InContext.Where(c => definitions.ContainsKey(c.Key) && definitions.ContainsKey(c.Value)).ToDictionary(c => c.Key, c => c.Value, StringComparer.OrdinalIgnoreCase),
                    unit.Scale, unit.BaseUnit is { } b && definitions.ContainsKey(b) ? b : null);
            }
        }

        return Build(definitions);
    }

    private static UnitVocabulary Build(Dictionary<string, UnitDefinition> definitions)
    {
        UnitYamlReader.CheckReferences(definitions);
        var trie = new AliasTrie();
        foreach (var definition in definitions.Values)
        {
            trie.Add(definition.Name, definition);
            foreach (var alias in definition.Aliases)
            {
                trie.Add(alias, definition);
            }
        }

        return new UnitVocabulary(definitions, trie);
    }

    /// <summary>The unit whose canonical name or alias is exactly <paramref name="phrase"/> (any case, either tone style), or null.</summary>
    public UnitDefinition? Find(string phrase)
    {
        var text = phrase.Normalize(NormalizationForm.FormC).Trim();
        var length = aliases.MatchPrefix(text, 0, out var unit);
        return length == text.Length ? unit : null;
    }

    /// <summary>The unit with this canonical name; throws when there is none.</summary>
    public UnitDefinition this[string name] =>
        byName.TryGetValue(name, out var unit) ? unit : throw new KeyNotFoundException($"No unit named '{name}'.");

    /// <summary>
    /// Finds the longest alias that starts at <paramref name="start"/> and ends on a word boundary;
    /// returns its length in characters (0 when none matches).
    /// </summary>
    public int MatchPrefix(ReadOnlySpan<char> text, int start, out UnitDefinition? unit) => aliases.MatchPrefix(text, start, out unit);

    /// <summary>
    /// How <paramref name="unit"/> reads when listed as a part of a total counted in <paramref name="total"/>:
    /// <c>đảng bộ</c> under <c>tổ chức cơ sở đảng</c> is <c>đảng bộ cơ sở</c>. Returns the unit itself otherwise.
    /// </summary>
    public UnitDefinition ReadAsPartOf(UnitDefinition unit, UnitDefinition total) =>
        unit.InContext.TryGetValue(total.Name, out var narrower) ? byName[narrower] : unit;

    /// <summary>The units that split <paramref name="whole"/> exhaustively, expanded down to units that have no parts.</summary>
    public IReadOnlyList<UnitDefinition> LeafPartsOf(UnitDefinition whole)
    {
        var leaves = new List<UnitDefinition>();
        AddLeaves(whole, leaves);
        return leaves;
    }

    /// <summary>True when <paramref name="part"/> is one of the parts of <paramref name="whole"/>, at any depth.</summary>
    public bool IsPartOf(UnitDefinition part, UnitDefinition whole)
    {
        foreach (var name in whole.Parts)
        {
            var child = byName[name];
            if (ReferenceEquals(child, part) || IsPartOf(part, child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="unit"/> lies at a level below <paramref name="whole"/> or below one of its parts
    /// (<c>chi bộ trực thuộc</c> below <c>tổ chức cơ sở đảng</c>): such figures are never parts of the whole's total.
    /// </summary>
    public bool IsBelow(UnitDefinition unit, UnitDefinition whole)
    {
        for (var level = unit.Within; level is not null; level = byName[level].Within)
        {
            var container = byName[level];
            if (ReferenceEquals(container, whole) || IsPartOf(container, whole))
            {
                return true;
            }
        }

        return false;
    }

    private void AddLeaves(UnitDefinition unit, List<UnitDefinition> leaves)
    {
        if (unit.Parts.Count == 0)
        {
            leaves.Add(unit);
            return;
        }

        foreach (var name in unit.Parts)
        {
            AddLeaves(byName[name], leaves);
        }
    }

    private static UnitVocabulary LoadDefault()
    {
        using var stream = typeof(UnitVocabulary).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The resource {DefaultResourceName} is missing from {typeof(UnitVocabulary).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return FromYaml(reader.ReadToEnd());
    }
}
