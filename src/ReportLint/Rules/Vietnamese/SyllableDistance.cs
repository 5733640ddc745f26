using ReportLint.Vietnamese;
using ReportLint.Text;

namespace ReportLint.Rules.Vietnamese;

/// <summary>How far apart two written words are, for near-miss spellings of dictionary terms.</summary>
internal static class SyllableDistance
{
    private const int MaxLength = 16;

    /// <summary>Levenshtein distance, case-insensitive; <see cref="int.MaxValue"/> for words too long to be syllables.</summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return int.MaxValue;
        }

        Span<char> lowerA = stackalloc char[MaxLength];
        Span<char> lowerB = stackalloc char[MaxLength];
        lowerA = lowerA[..CaseFolding.ToLower(a, lowerA)];
        lowerB = lowerB[..CaseFolding.ToLower(b, lowerB)];
        if (lowerA.SequenceEqual(lowerB))
        {
            return 0;
        }

        Span<int> previous = stackalloc int[MaxLength + 1];
        Span<int> current = stackalloc int[MaxLength + 1];
        for (var j = 0; j <= lowerB.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= lowerA.Length; i++)
        {
            current[0] = i;
            var ai = lowerA[i - 1];
            for (var j = 1; j <= lowerB.Length; j++)
            {
                var cost = ai == lowerB[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current[..(lowerB.Length + 1)].CopyTo(previous);
        }

        return previous[lowerB.Length];
    }

    /// <summary>
    /// A slip of the keyboard rather than another word: one edit in a word of up to five letters,
    /// two in a longer one (<c>Tung</c> for <c>Trung</c>, <c>thí</c> for <c>thư</c>; not <c>lộ</c> for
    /// <c>hội</c>, nor <c>trưởng</c> for <c>tướng</c>).
    /// </summary>
    public static bool IsNearMiss(int distance, ReadOnlySpan<char> intended) =>
        distance > 0 && distance <= (intended.Length <= 5 ? 1 : 2);

    /// <summary>The same syllable in either tone-mark style (<c>Uỷ</c> and <c>Ủy</c>), which RL3001 judges.</summary>
    public static bool SameUpToToneStyle(ReadOnlySpan<char> written, string intended) =>
        written.Length == intended.Length
        && ToneMarkPlacement.Detect(written) != ToneMarkStyle.Neutral
        && ToneMarkPlacement.Convert(written.ToString(), ToneMarkPlacement.Detect(intended)).Equals(intended, StringComparison.OrdinalIgnoreCase);
}
