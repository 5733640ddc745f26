namespace ReportLint.Numbers;

/// <summary>Character-level helpers shared by the scanners; paragraphs are NFC, so every Vietnamese letter is one char.</summary>
internal static class TextScanning
{
    public static bool IsLetter(char c) => char.IsLetter(c);

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Spaces that separate words of one phrase; a line break is not one of them.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\t' or '\u202F' or '\u2009';

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '‐' or '−';

    public static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    public static int WordStart(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i > 0 && IsLetter(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    public static int SkipSpaces(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    public static int SkipSpacesBackward(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i > 0 && IsSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    public static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 8)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M'))
            {
                return false;
            }
        }

        return RomanValue(word) > 0;
    }

    /// <summary>Value of a well-formed Roman numeral, or 0 when the letters are not one (<c>IIII</c>, <c>VX</c>).</summary>
    public static int RomanValue(ReadOnlySpan<char> word)
    {
        var total = 0;
        for (var k = 0; k < word.Length; k++)
        {
            var v = Roman(word[k]);
            total += k + 1 < word.Length && Roman(word[k + 1]) > v ? -v : v;
        }

        Span<char> canonical = stackalloc char[16];
        return total is > 0 and < 4000 && WriteRoman(total, canonical) is var n && canonical[..n].SequenceEqual(word) ? total : 0;

        static int Roman(char c) => c switch
        {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            'D' => 500,
            _ => 1000,
        };
    }

    private static readonly string[] RomanSymbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];

    private static int WriteRoman(int value, Span<char> destination)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        var symbols = RomanSymbols;
        var n = 0;
        for (var k = 0; k < values.Length; k++)
        {
            while (value >= values[k] && n + symbols[k].Length <= destination.Length)
            {
                symbols[k].AsSpan().CopyTo(destination[n..]);
                n += symbols[k].Length;
                value -= values[k];
            }
        }

        return n;
    }
}
