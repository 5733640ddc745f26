using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Documents;

/// <summary>
/// The readable text of one block, NFC-normalized, with every character mapped back to the
/// source span it came from. Markup, code and ignored spans are not part of it, so rules match on
/// what the reader sees and report on what the author typed.
/// </summary>
public sealed class Prose
{
    private readonly int[] _sourceStarts;
    private readonly int[] _sourceEnds;

    internal Prose(string text, int[] sourceStarts, int[] sourceEnds)
    {
        Text = text;
        _sourceStarts = sourceStarts;
        _sourceEnds = sourceEnds;
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int SourceStart(int proseIndex) => _sourceStarts[proseIndex];

    public int SourceEnd(int proseIndex) => _sourceEnds[proseIndex];

    /// <summary>Maps a span of this prose to the span of source text it was read from.</summary>
    public TextSpan ToSource(int start, int length)
    {
        if (length == 0)
        {
            var at = start < Text.Length ? _sourceStarts[start] : _sourceEnds[^1];
            return new TextSpan(at, 0);
        }

        var sourceStart = _sourceStarts[start];
        return TextSpan.FromBounds(sourceStart, Math.Max(sourceStart, _sourceEnds[start + length - 1]));
    }

    public TextSpan ToSource(TextSpan proseSpan) => ToSource(proseSpan.Start, proseSpan.Length);

    /// <summary>
    /// True when both read the same characters from the same places of their blocks, the one's
    /// source lying <paramref name="shift"/> characters after the other's.
    /// </summary>
    internal bool MapsAlike(Prose other, int shift) =>
        string.Equals(Text, other.Text, StringComparison.Ordinal)
        && SameShifted(_sourceStarts, other._sourceStarts, shift)
        && SameShifted(_sourceEnds, other._sourceEnds, shift);

    private static bool SameShifted(int[] mine, int[] others, int shift)
    {
        if (shift == 0)
        {
            return mine.AsSpan().SequenceEqual(others);
        }

        for (var i = 0; i < mine.Length; i++)
        {
            if (mine[i] + shift != others[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static Prose Build(StringBuilder text, List<int> starts, List<int> ends)
    {
        var raw = WithoutUnnormalizableCharacters(text.ToString());
        if (raw.IsNormalized(NormalizationForm.FormC))
        {
            return new Prose(raw, [.. starts], [.. ends]);
        }

        return Normalize(raw, starts, ends);
    }

    // Normalizes one combining sequence at a time so that each output character still knows the
    // source characters it stands for.
    private static Prose Normalize(string raw, List<int> starts, List<int> ends)
    {
        var text = new StringBuilder(raw.Length);
        var newStarts = new List<int>(raw.Length);
        var newEnds = new List<int>(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            // A surrogate pair is one base character: marks after an emoji belong to the pair, and
            // normalizing its low half alone would throw.
            var sequenceEnd = char.IsHighSurrogate(raw[i]) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]) ? i + 2 : i + 1;
            while (sequenceEnd < raw.Length && IsCombining(raw[sequenceEnd]))
            {
                sequenceEnd++;
            }

            var sequence = raw[i..sequenceEnd];
            var normalized = sequenceEnd - i == 1 ? sequence : sequence.Normalize(NormalizationForm.FormC);
            foreach (var c in normalized)
            {
                text.Append(c);
                newStarts.Add(starts[i]);
                newEnds.Add(ends[sequenceEnd - 1]);
            }

            i = sequenceEnd;
        }

        return new Prose(text.ToString(), [.. newStarts], [.. newEnds]);
    }

    // Normalization rejects ill-formed UTF-16 and the noncharacters U+FFFE and U+FFFF, which a
    // damaged file can hold; the reader shows such a code unit as U+FFFD, as any text viewer does.
    private static string WithoutUnnormalizableCharacters(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        var firstNoncharacter = text.AsSpan().IndexOfAnyInRange('\uFFFE', '\uFFFF');
        if (first < 0 || (firstNoncharacter >= 0 && firstNoncharacter < first))
        {
            first = firstNoncharacter;
        }

        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] >= '\uFFFE')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static bool IsCombining(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
