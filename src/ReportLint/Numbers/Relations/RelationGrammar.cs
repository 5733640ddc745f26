using System.Collections.Frozen;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Numbers.Relations;

/// <summary>
/// The phrasings that tie figures together, read from figure-relations.yml (embedded): what a rule
/// author reads and extends to teach the figures checks a new way of writing.
/// </summary>
internal sealed class RelationGrammar
{
    private const string ResourceName = "ReportLint.Numbers.Relations.figure-relations.yml";
    private static readonly Lazy<RelationGrammar> LazyDefault = new(() => FromYaml(ReadResource()));

    private RelationGrammar(IReadOnlyList<RelationRule> rules, FrozenDictionary<string, IReadOnlyList<string>> dimensions, Func<string, FrozenSet<string>> words)
    {
        Rules = rules;
        Dimensions = dimensions;
        Rises = words("rises");
        Falls = words("falls");
        Classifiers = words("classifiers");
        Umbrellas = words("umbrellas");
        FunctionWords = words("function-words");
        TotalCues = words("total-cues");
        WholeOpeners = words("whole-openers");
        NamePrefixes = words("name-prefixes");
        ChangeLevels = words("change-levels");
        Respectively = words("respectively");
        NotAdditive = words("not-additive");
        OtherMarkers = words("other-markers");
        TimeShifts = words("time-shifts");
    }

    public static RelationGrammar Default => LazyDefault.Value;

    public IReadOnlyList<RelationRule> Rules { get; }

    /// <summary>Values that together cover a whole (<c>nam</c>, <c>nữ</c>): a partial listing naming them all is complete.</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> Dimensions { get; }

    /// <summary>Words that say a change went up ("tăng") or down ("giảm") when written just before its amount.</summary>
    public FrozenSet<string> Rises { get; }

    public FrozenSet<string> Falls { get; }

    /// <summary>Words that count something without naming it (<c>lượt</c>, <c>số</c>): a unit's head is the noun after them.</summary>
    public FrozenSet<string> Classifiers { get; }

    /// <summary>Words that make the figure after them a level of a change ("từ", "còn"), with <see cref="Rises"/> and <see cref="Falls"/>.</summary>
    public FrozenSet<string> ChangeLevels { get; }

    /// <summary>Unit heads of figures that never add up (<c>độ</c> of an earthquake or a temperature).</summary>
    public FrozenSet<string> NotAdditive { get; }

    /// <summary>Words that make a list of figures belong to different things ("lần lượt là 57% và 46%"): not shares of one whole.</summary>
    public FrozenSet<string> Respectively { get; }

    /// <summary>Words that may open a listed name before its capital ("ông", "tỉnh", "đồng chí").</summary>
    public FrozenSet<string> NamePrefixes { get; }

    /// <summary>Words just before a figure that present it as a whole ("có", "tổng số"): a share may be of it.</summary>
    public FrozenSet<string> TotalCues { get; }

    /// <summary>Words that open the name of a whole a few words before its figure ("tổng số dư tín dụng 84.235 tỷ").</summary>
    public FrozenSet<string> WholeOpeners { get; }

    /// <summary>Words that name nothing ("có", "của", "đã"): left out when two statements are compared by their subject.</summary>
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>Words beside a figure that make it another group than one named before ("4 cựu quan chức khác", "mỗi xã"): never the same figure restated.</summary>
    public FrozenSet<string> OtherMarkers { get; }

    /// <summary>Words that place a statement at another time than the one before it ("ban đầu", "nay"): a count may then have changed.</summary>
    public FrozenSet<string> TimeShifts { get; }

    /// <summary>Heads of totals that may be split into parts of any kind (<c>người</c>, <c>trường hợp</c>).</summary>
    public FrozenSet<string> Umbrellas { get; }

    /// <summary>The head of a unit phrase (first word after a classifier), remembered: the same few phrases recur in every draft.</summary>
    public string HeadOf(string unitPhrase)
    {
        if (_heads.Count > MaxRememberedHeads)
        {
            // A language server runs for days: the memory stays bounded by forgetting now and then.
            _heads.Clear();
        }

        return _heads.GetOrAdd(unitPhrase, HeadOfUncached);
    }

    private string HeadOfUncached(string phrase)
    {
        string? first = null;
        foreach (var word in phrase.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var normalized = FigureTokenizer.Normalize(word);
            first ??= normalized;
            if (!Classifiers.Contains(normalized))
            {
                return normalized;
            }
        }

        return first ?? "";
    }

    private const int MaxRememberedHeads = 20_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _heads = new(StringComparer.Ordinal);

    public static RelationGrammar FromYaml(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var rules = new List<RelationRule>();
        foreach (var entry in ((YamlSequenceNode)root.Children[new YamlScalarNode("relations")]).Children.Cast<YamlMappingNode>())
        {
            var pattern = Scalar(entry, "pattern") ?? throw new FormatException($"a relation without a pattern at line {entry.Start.Line}");
            var kind = Scalar(entry, "relation") switch
            {
                "sum" => RelationKind.Sum,
                "ratio" => RelationKind.Ratio,
                "share" => RelationKind.Share,
                "change" => RelationKind.Change,
                "multiple" => RelationKind.Multiple,
                "change-rate" => RelationKind.ChangeRate,
                "average" => RelationKind.Average,
                "count-items" => RelationKind.CountItems,
                "shares" => RelationKind.Shares,
                var other => throw new FormatException($"unknown relation '{other}' at line {entry.Start.Line}"),
            };
            rules.Add(new RelationRule(pattern, PatternParser.Parse(pattern), kind, Scalar(entry, "complete") == "true") { Weak = Scalar(entry, "weak") == "true" });
        }

        var dimensions = root.Children.TryGetValue(new YamlScalarNode("dimensions"), out var node) && node is YamlMappingNode mapping
            ? mapping.Children.ToFrozenDictionary(
                d => ((YamlScalarNode)d.Key).Value!,
                d => (IReadOnlyList<string>)[.. ((YamlSequenceNode)d.Value).Children.Select(v => FigureTokenizer.Normalize(((YamlScalarNode)v).Value!))])
            : FrozenDictionary<string, IReadOnlyList<string>>.Empty;
        return new RelationGrammar(rules, dimensions, key => Words(root, key));
    }

    private static FrozenSet<string> Words(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode words
            ? words.Children.Select(w => FigureTokenizer.Normalize(((YamlScalarNode)w).Value!)).ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;


    private static string? Scalar(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static string ReadResource()
    {
        using var stream = typeof(RelationGrammar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The relation grammar is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
