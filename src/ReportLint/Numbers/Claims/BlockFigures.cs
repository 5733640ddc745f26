using System.Collections.Immutable;
using System.Text;
using ReportLint.Text;

namespace ReportLint.Numbers.Claims;

/// <summary>
/// The numbers of one block, scanned once and read by every arithmetic rule, with the sentence
/// bounds that limit how far a claim may reach.
/// </summary>
internal sealed class BlockFigures
{
    private ImmutableArray<NumberMention> _quantities;

    public BlockFigures(string text, IReadOnlyList<NumberMention> mentions, ImmutableArray<Sentence> sentences, UnitVocabulary vocabulary)
    {
        Text = text;
        Mentions = mentions;
        Sentences = sentences;
        Vocabulary = vocabulary;
    }

    public string Text { get; }

    public IReadOnlyList<NumberMention> Mentions { get; }

    public ImmutableArray<Sentence> Sentences { get; }

    public UnitVocabulary Vocabulary { get; }

    /// <summary>The mentions that can take part in arithmetic, in order; years, dates, codes and names left out.</summary>
    public ImmutableArray<NumberMention> Quantities =>
        _quantities.IsDefault ? _quantities = [.. Mentions.Where(m => m.IsQuantity)] : _quantities;

    /// <summary>
    /// The text between two positions, lower case with every run of spaces made one space: what
    /// claim readers compare with their connector lists (<c>, gồm:</c>, <c>xuống còn</c>).
    /// </summary>
    public string Gap(int from, int to)
    {
        var gap = new StringBuilder(Math.Max(0, to - from));
        var space = false;
        for (var i = from; i < to; i++)
        {
            var c = Text[i];
            if (char.IsWhiteSpace(c))
            {
                space = gap.Length > 0;
                continue;
            }

            if (space)
            {
                gap.Append(' ');
                space = false;
            }

            gap.Append(char.ToLowerInvariant(c));
        }

        return gap.ToString();
    }

    /// <summary>True when no sentence end or semicolon lies between the two positions: one clause of a report's list.</summary>
    public bool InOneClause(int from, int to) => SentenceIndexOf(from) == SentenceIndexOf(to) && Text.AsSpan(from, to - from).IndexOf(';') < 0;

    public bool InOneSentence(int from, int to) => SentenceIndexOf(from) == SentenceIndexOf(to);

    public int SentenceIndexOf(int position)
    {
        var low = 0;
        var high = Sentences.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Sentences[middle].End <= position)
            {
                low = middle + 1;
            }
            else if (Sentences[middle].Start > position)
            {
                high = middle - 1;
            }
            else
            {
                return middle;
            }
        }

        // Between sentences (spaces): belongs to the one that follows.
        return low;
    }

    /// <summary>The word just before a position, lower case (empty at a clause start).</summary>
    public string WordBefore(int position, int skip = 0)
    {
        var end = position;
        for (var k = 0; ; k++)
        {
            end = TextScanning.SkipSpacesBackward(Text, end);
            if (end == 0 || !char.IsLetter(Text[end - 1]))
            {
                return string.Empty;
            }

            var start = TextScanning.WordStart(Text, end);
            if (k == skip)
            {
                return Text[start..end].ToLowerInvariant();
            }

            end = start;
        }
    }

    /// <summary>True when the figure is written between brackets: <c>(16,9%)</c>.</summary>
    public bool IsParenthesized(NumberMention mention)
    {
        var before = TextScanning.SkipSpacesBackward(Text, mention.Span.Start);
        var after = TextScanning.SkipSpaces(Text, mention.Span.End);
        return before > 0 && Text[before - 1] == '(' && after < Text.Length && Text[after] == ')';
    }
}
