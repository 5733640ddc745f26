using System.Collections.Frozen;

namespace ReportLint.Numbers.Relations;

/// <summary>One element of a relation pattern (see figure-relations.yml for the notation).</summary>
internal abstract record PatternElement
{
    public bool Optional { get; init; }
}

/// <summary>A figure bound to a role; a list (<c>{part+}</c>) binds one or more.</summary>
internal sealed record FigureSlot(string Role, FigureSlotKind Kind, bool IsList) : PatternElement;

/// <summary>One of several word sequences (a single word or mark is a choice of one), the longest tried first.</summary>
internal sealed record WordChoice : PatternElement
{
    public WordChoice(IEnumerable<IReadOnlyList<string>> alternatives)
    {
        Alternatives = [.. alternatives.Where(a => a.Count > 0).OrderByDescending(a => a.Count)];
        FirstWords = Alternatives.Select(a => a[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; }

    /// <summary>The words an alternative can begin with: most tokens are turned away by one lookup.</summary>
    public FrozenSet<string> FirstWords { get; }
}

/// <summary>The end of a sentence: the relation goes on in the next one.</summary>
internal sealed record SentenceBreak : PatternElement;

/// <summary>A few words that are neither figures nor a sentence end; a tight gap also crosses no mark and no "và".</summary>
internal sealed record WordGap(int MaxWords, bool Tight = false) : PatternElement;

/// <summary>Which figures a slot accepts.</summary>
internal enum FigureSlotKind
{
    /// <summary>A count or an amount of money.</summary>
    Number,
    Count,
    Money,
    Percent,
    Fraction,

    /// <summary>Any quantity.</summary>
    Any,

    /// <summary>A small whole count, in digits or words ("4 đơn vị", "bốn ngân hàng"), that names a list.</summary>
    Small,

    /// <summary>A list of names ("BIDV, Vietcombank, VietinBank và SHB"), counted, not added.</summary>
    Names,

    /// <summary>A list of phrases after a colon that ends its sentence ("5 nhóm: người chuyển giới, đồng tính nam … và mại dâm"), counted.</summary>
    Phrases,
}
