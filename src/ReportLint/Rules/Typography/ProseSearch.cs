using System.Buffers;

namespace ReportLint.Rules.Typography;

/// <summary>
/// Jumps from one mark of interest to the next with a vectorised search, so that a rule looking
/// for a handful of punctuation marks does not visit every letter of the draft.
/// </summary>
internal static class ProseSearch
{
    /// <summary>The position of the next character of <paramref name="chars"/> from <paramref name="from"/> on, or -1.</summary>
    public static int Next(string text, int from, SearchValues<char> chars)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var found = text.AsSpan(from).IndexOfAny(chars);
        return found < 0 ? -1 : from + found;
    }
}
