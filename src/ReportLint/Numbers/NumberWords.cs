using YamlDotNet.RepresentationModel;

namespace ReportLint.Numbers;

/// <summary>
/// The word lists of number-words.yml (embedded): what makes a number a year, a date, a reference
/// or a telephone number, where its unit phrase ends, its hedges and scales, and how a table names
/// its totals. Read once, on the first number scanned.
/// </summary>
internal sealed class NumberWords
{
    private const string ResourceName = "ReportLint.Numbers.number-words.yml";

    private static readonly Lazy<NumberWords> LazyDefault = new(() => new NumberWords(ReadResource()));

    private readonly YamlMappingNode root;

    private NumberWords(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        root = (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static NumberWords Default => LazyDefault.Value;

    /// <summary>A list of the file as written, each phrase in both tone-mark styles.</summary>
    public IReadOnlyList<string> List(string key) =>
        [.. Node(key) is YamlSequenceNode list
            ? list.Children.Select(w => ((YamlScalarNode)w).Value!).SelectMany(BothStyles).Distinct(StringComparer.Ordinal)
            : throw new InvalidOperationException($"number-words.yml has no list '{key}'.")];

    public WordSet Set(string key) => new([.. List(key)]);

    /// <summary>A mapping of phrases to numbers ("triệu: 1000000").</summary>
    public Dictionary<string, decimal> Numbers(string key) =>
        (Node(key) as YamlMappingNode ?? throw new InvalidOperationException($"number-words.yml has no mapping '{key}'."))
            .Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => decimal.Parse(((YamlScalarNode)e.Value).Value!, System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>A mapping of names to lists ("more-than: [hơn, trên]").</summary>
    public IReadOnlyDictionary<string, WordSet> Sets(string key) =>
        (Node(key) as YamlMappingNode ?? throw new InvalidOperationException($"number-words.yml has no mapping '{key}'."))
            .Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => new WordSet([.. ((YamlSequenceNode)e.Value).Children.Select(w => ((YamlScalarNode)w).Value!)]), StringComparer.Ordinal);

    /// <summary>A mapping of names to lists, each phrase in both tone-mark styles ("excellent: [hoàn thành xuất sắc nhiệm vụ]").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists(string key) =>
        (Node(key) as YamlMappingNode ?? throw new InvalidOperationException($"number-words.yml has no mapping '{key}'."))
            .Children.ToDictionary(
                e => ((YamlScalarNode)e.Key).Value!,
                e => (IReadOnlyList<string>)[.. ((YamlSequenceNode)e.Value).Children.Select(w => ((YamlScalarNode)w).Value!).SelectMany(BothStyles).Distinct(StringComparer.Ordinal)],
                StringComparer.Ordinal);

    private YamlNode? Node(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static IEnumerable<string> BothStyles(string phrase) => [phrase, VietnameseToneStyle.ToClassic(phrase), VietnameseToneStyle.ToModern(phrase)];

    private static string ReadResource()
    {
        using var stream = typeof(NumberWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("number-words.yml is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
