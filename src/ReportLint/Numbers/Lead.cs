using System.Runtime.CompilerServices;
using static ReportLint.Numbers.TextScanning;

namespace ReportLint.Numbers;

/// <summary>
/// The words just before a number, nearest first, within its clause (punctuation ends the look-back),
/// and the bound they state (<c>hơn</c>, <c>ít nhất</c>, <c>từ</c>).
/// </summary>
internal readonly struct Lead
{
    private const int Depth = 5;

    private readonly string text;
    private readonly Bounds starts;
    private readonly Bounds ends;
    private readonly int count;

    private Lead(string text, Bounds starts, Bounds ends, int count, int boundWords, Exactness bound)
    {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
        BoundWords = boundWords;
        Bound = bound;
    }

    /// <summary>How many of the nearest words state a bound (0, 1 or 2).</summary>
    public int BoundWords { get; }

    public Exactness Bound { get; }

    public static Lead Before(string text, int position)
    {
        var starts = default(Bounds);
        var ends = default(Bounds);
        var count = 0;
        var cursor = position;
        while (count < Depth)
        {
            var end = SkipSpacesBackward(text, cursor);
            if (end == 0 || !IsLetter(text[end - 1]) || (end == cursor && cursor != position))
            {
                break;
            }

            var start = TextScanning.WordStart(text, end);
            starts[count] = start;
            ends[count] = end;
            count++;
            cursor = start;
        }

        var lead = new Lead(text, starts, ends, count, 0, Exactness.Exact);
        if (count >= 2 && ContextWords.TryGetBound(lead.Phrase(2), out var pairBound))
        {
            return new Lead(text, starts, ends, count, 2, pairBound);
        }

        return ContextWords.TryGetBound(lead.Word(1), out var bound) ? new Lead(text, starts, ends, count, 1, bound) : lead;
    }

    /// <summary>The k-th word before the number, 1 being the nearest; empty past the clause start.</summary>
    public ReadOnlySpan<char> Word(int k) => k >= 1 && k <= count ? text.AsSpan(starts[k - 1], ends[k - 1] - starts[k - 1]) : default;

    public int WordStart(int k) => starts[k - 1];

    /// <summary>The k nearest words as written, from the farthest to the nearest.</summary>
    private ReadOnlySpan<char> Phrase(int k) => text.AsSpan(starts[k - 1], ends[0] - starts[k - 1]);

    [InlineArray(Depth)]
    private struct Bounds
    {
        private int element;
    }
}
