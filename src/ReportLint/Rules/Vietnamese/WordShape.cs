using ReportLint.Text;

namespace ReportLint.Rules.Vietnamese;

/// <summary>Cheap tests on the letters of one word, shared by the orthography rules; none allocates.</summary>
internal static class WordShape
{
    /// <summary>Longest word the rules copy into a stack buffer to look it up.</summary>
    public const int MaxLookupLength = 32;

    /// <summary>An acronym or a word in a headline set in capitals: two or more letters, none lower case.</summary>
    public static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    public static bool StartsUpper(ReadOnlySpan<char> word) => !word.IsEmpty && char.IsUpper(word[0]);

    public static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAscii(ReadOnlySpan<char> word) => System.Text.Ascii.IsValid(word);

    /// <summary>Lower-cases <paramref name="word"/> into <paramref name="buffer"/>; false when it does not fit.</summary>
    public static bool TryLower(ReadOnlySpan<char> word, Span<char> buffer, out ReadOnlySpan<char> lower)
    {
        if (word.Length > buffer.Length)
        {
            lower = default;
            return false;
        }

        CaseFolding.ToLower(word, buffer);
        lower = buffer[..word.Length];
        return true;
    }

    /// <summary>
    /// True when the word is glued to its neighbours by <c>@ . / _</c> (an e-mail, a domain, a path):
    /// such pieces are not prose words.
    /// </summary>
    public static bool IsPartOfCompound(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        var afterNext = end + 1 < text.Length ? text[end + 1] : ' ';
        return before is '@' or '.' or '/' or '_' or '\\'
            || after is '@' or '/' or '_' or '\\'
            || (after == '.' && char.IsLetterOrDigit(afterNext));
    }
}
