using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using ReportLint.Configuration;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>One institutional name or fixed term as it must be written, split into its words.</summary>
internal sealed class Term
{
    public Term(string canonical)
    {
        Canonical = canonical;
        var tokens = Tokenizer.Tokenize(canonical);
        Words = [.. tokens.Where(t => t.Kind == TokenKind.Word).Select(t => canonical.Substring(t.Start, t.Length))];
        Key = string.Concat(Words).ToLowerInvariant();
    }

    public string Canonical { get; }

    public ImmutableArray<string> Words { get; }

    /// <summary>The lower-case letters without spaces or dashes: <c>máclênin</c>, to catch split or merged syllables.</summary>
    public string Key { get; }

    /// <summary>Proper names start with a capital; terms such as <c>chủ nghĩa Mác - Lênin</c> do not.</summary>
    public bool IsProperName => char.IsUpper(Canonical[0]);
}

/// <summary>
/// The terms of the rules.yml option, indexed by their first and last words (any case) so that a
/// draft's word finds the terms it may start or end with one lookup. Every misspelling the rule
/// knows keeps one of the two intact, and leaving inner words such as <c>và</c> or <c>nhân</c> out
/// keeps the lookups rare. Built once per configuration.
/// </summary>
internal sealed class TermDictionary
{
    private static readonly ConditionalWeakTable<RuleOptions, TermDictionary> Cache = new();

    private readonly FrozenDictionary<string, ImmutableArray<(Term Term, int Position)>>.AlternateLookup<ReadOnlySpan<char>> _byWord;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _keys;

    // One bit per (length, first letter, last letter) of the anchors, lower-cased: a word whose bit
    // is clear is no anchor, and nearly every word of a draft is turned away without hashing it.
    private readonly ulong[] _anchorSketch = new ulong[(ushort.MaxValue + 1) / 64];

    private TermDictionary(IEnumerable<string> entries)
    {
        Terms = [.. entries.Select(e => e.Normalize(NormalizationForm.FormC).Trim()).Where(e => e.Length > 0).Distinct().Select(e => new Term(e)).Where(t => t.Words.Length >= 2)];
        _byWord = Terms
            .SelectMany(term => Anchors(term).SelectMany(position => InBothPlacements(term.Words[position]).Select(word => (Word: word, Term: term, Position: position))))
            .GroupBy(entry => Lower(entry.Word), StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(entry => entry.Term.Words.Length).Select(entry => (entry.Term, entry.Position)).ToImmutableArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _keys = Terms.Select(t => t.Key).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var anchor in _byWord.Dictionary.Keys)
        {
            var at = SketchIndex(anchor);
            _anchorSketch[at >> 6] |= 1UL << at;
        }
    }

    public ImmutableArray<Term> Terms { get; }

    /// <summary>True when the letters are some term's key: a near miss of one term may be another term spelt right.</summary>
    public bool HasKey(ReadOnlySpan<char> lowerLetters) => _keys.Contains(lowerLetters);

    private static IEnumerable<int> Anchors(Term term) => [0, term.Words.Length - 1];

    // A draft writes Uỷ ban as often as Ủy ban: an anchor in the other tone placement must find the
    // term too, or a typo in the other anchor (Uỷ ban nhân dận) goes unseen.
    private static IEnumerable<string> InBothPlacements(string word) =>
        new[] { word, ToneMarkPlacement.Convert(word, ToneMarkStyle.Old), ToneMarkPlacement.Convert(word, ToneMarkStyle.New) }.Distinct(StringComparer.Ordinal);

    public static TermDictionary For(RuleOptions options, string key) =>
        Cache.GetValue(options, o => new TermDictionary(o.GetStrings(key)));

    /// <summary>False when the word, in any case, is none of the terms' first or last words.</summary>
    public bool MayBeAnchor(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        var at = SketchIndex(word);
        return (_anchorSketch[at >> 6] & (1UL << at)) != 0;
    }

    private static int SketchIndex(ReadOnlySpan<char> word) =>
        ((word.Length * 7919) + (CaseFolding.ToLower(word[0]) * 31) + CaseFolding.ToLower(word[^1])) & ushort.MaxValue;

    /// <summary>The terms that start or end with the word, longest first: the longest misspelt term is the one reported.</summary>
    /// <remarks>
    /// Every word of a draft is looked up: the word is lowered through a table and hashed
    /// ordinally, since case-insensitive hashing of Vietnamese letters takes the slow path.
    /// </remarks>
    public ImmutableArray<(Term Term, int Position)> TermsWith(ReadOnlySpan<char> word)
    {
        if (word.Length > WordShape.MaxLookupLength)
        {
            return [];
        }

        Span<char> lower = stackalloc char[WordShape.MaxLookupLength];
        return _byWord.TryGetValue(lower[..CaseFolding.ToLower(word, lower)], out var terms) ? terms : [];
    }

    private static string Lower(string word) => string.Create(word.Length, word, static (lower, w) => CaseFolding.ToLower(w, lower));
}

/// <summary>
/// <see cref="TermDictionary.TermsWith"/> remembered for each word as written, for one analysis:
/// a draft repeats a few thousand words, and an exact ordinal lookup costs less than lower-casing
/// every word again.
/// </summary>
internal sealed class TermAnchors(TermDictionary dictionary)
{
    private readonly Dictionary<string, ImmutableArray<(Term Term, int Position)>>.AlternateLookup<ReadOnlySpan<char>> _byWord =
        new Dictionary<string, ImmutableArray<(Term Term, int Position)>>().GetAlternateLookup<ReadOnlySpan<char>>();

    public TermDictionary Dictionary { get; } = dictionary;

    public ImmutableArray<(Term Term, int Position)> TermsWith(ReadOnlySpan<char> word)
    {
        if (!Dictionary.MayBeAnchor(word))
        {
            return [];
        }

        var byWord = _byWord;
        if (!byWord.TryGetValue(word, out var terms))
        {
            terms = Dictionary.TermsWith(word);

            // A lower-case word cannot open a proper name (cán bộ, toàn bộ are not Bộ Công an):
            // most terms of the commonest anchors go before any window is tried.
            if (!WordShape.StartsUpper(word))
            {
                terms = terms.RemoveAll(candidate => candidate.Position == 0 && candidate.Term.IsProperName);
            }

            byWord[word] = terms;
        }

        return terms;
    }
}
