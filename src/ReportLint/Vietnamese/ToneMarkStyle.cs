using System.Collections.Concurrent;

namespace ReportLint.Vietnamese;

/// <summary>
/// The two accepted placements of the tone mark in the open rhymes oa, oe, uy:
/// old (<c>hòa, khỏe, thủy</c>: on the first vowel) and new (<c>hoà, khoẻ, thuỷ</c>: on the second).
/// </summary>
internal enum ToneMarkStyle
{
    /// <summary>The syllable reads the same in both styles (hoàn, tuyết, quý, hoa).</summary>
    Neutral,
    Old,
    New,
}

/// <summary>Detects and changes the tone-mark style of one syllable.</summary>
internal static class ToneMarkPlacement
{
    // A draft uses a few thousand distinct words again and again: each is parsed once. The cache
    // stops growing at a bound, so text made of endless distinct strings cannot exhaust memory.
    private const int CacheLimit = 50_000;
    private static readonly ConcurrentDictionary<string, ToneMarkStyle> Detected = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ToneMarkStyle>.AlternateLookup<ReadOnlySpan<char>> DetectedBySpan =
        Detected.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Old or New only for a toned open oa/oe/uy syllable; Neutral otherwise, including non-syllables.</summary>
    public static ToneMarkStyle Detect(ReadOnlySpan<char> syllable)
    {
        if (DetectedBySpan.TryGetValue(syllable, out var known))
        {
            return known;
        }

        var style = DetectUncached(syllable);
        if (Detected.Count < CacheLimit)
        {
            DetectedBySpan.TryAdd(syllable, style);
        }

        return style;
    }

    private static ToneMarkStyle DetectUncached(ReadOnlySpan<char> syllable)
    {
        if (!VietnameseSyllable.TryParse(syllable, out var parsed) || !IsStyleDependent(parsed))
        {
            return ToneMarkStyle.Neutral;
        }

        return parsed.ToneMarkIndex == parsed.MarkIndex(syllable, ToneMarkStyle.Old) ? ToneMarkStyle.Old : ToneMarkStyle.New;
    }

    /// <summary>The word with its tone mark in the other placement (<c>Tòa</c> → <c>Toà</c>), or as it is when it has none.</summary>
    public static string InOtherStyle(string word) => Detect(word) switch
    {
        ToneMarkStyle.Old => Convert(word, ToneMarkStyle.New),
        ToneMarkStyle.New => Convert(word, ToneMarkStyle.Old),
        _ => word,
    };

    /// <summary>
    /// The syllable with its tone mark moved to where <paramref name="style"/> puts it, keeping the case
    /// of each letter (<c>Ủy</c> → <c>Uỷ</c>); the syllable itself when there is nothing to move.
    /// </summary>
    public static string Convert(string syllable, ToneMarkStyle style)
    {
        if (style == ToneMarkStyle.Neutral || !VietnameseSyllable.TryParse(syllable, out var parsed) || !IsStyleDependent(parsed))
        {
            return syllable;
        }

        var from = parsed.ToneMarkIndex;
        var to = parsed.MarkIndex(syllable, style);
        if (from == to)
        {
            return syllable;
        }

        return string.Create(syllable.Length, (syllable, from, to, parsed.Tone), static (chars, state) =>
        {
            var (text, from, to, tone) = state;
            text.CopyTo(chars);
            VietnameseLetters.TryDecompose(text[from], out var fromBase, out _, out var fromUpper);
            VietnameseLetters.TryDecompose(text[to], out var toBase, out _, out var toUpper);
            chars[from] = VietnameseLetters.Compose(fromBase, VietnameseTone.Ngang, fromUpper);
            chars[to] = VietnameseLetters.Compose(toBase, tone, toUpper);
        });
    }

    private static bool IsStyleDependent(VietnameseSyllable syllable) =>
        syllable.HasStyleDependentMark && syllable.Tone != VietnameseTone.Ngang;
}
