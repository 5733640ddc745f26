namespace ReportLint.Numbers;

/// <summary>
/// Numbers written in Vietnamese words, up to the billions: <c>mười lăm</c>, <c>hai mươi mốt</c>,
/// <c>ba mươi tư</c>, <c>một trăm linh năm</c>, <c>một nghìn không trăm mười</c> (and Humanizer's
/// shorter <c>một nghìn mười</c>).
/// </summary>
/// <remarks>
/// Readings that would swallow a following noun are refused on purpose: after <c>mười</c>/<c>mươi</c>
/// only <c>lăm</c>/<c>nhăm</c> mean five, because <c>mười năm</c> is "ten years"; after <c>trăm</c>
/// or a scale word a bare digit is not taken (<c>trăm năm</c>, <c>hai nghìn năm</c> are idioms or
/// spoken shorthand for 150, 2500 that reports do not use).
/// </remarks>
internal static class VietnameseNumberWords
{
    private const int MaxWords = 24;

    /// <summary>Parses <paramref name="text"/> when all of it is one number in words.</summary>
    public static bool TryParse(string text, out long value)
    {
        var length = Match(text, 0, out value);
        return length > 0 && text.AsSpan(length).Trim().IsEmpty && text.AsSpan(0, length).Trim().Length == length;
    }

    /// <summary>
    /// Reads the longest number in words that starts at <paramref name="start"/> (words separated by
    /// spaces only) and returns its length in characters, or 0 when there is none.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, int start, out long value)
    {
        value = 0;
        Span<NumberWord> words = stackalloc NumberWord[MaxWords];
        Span<int> ends = stackalloc int[MaxWords];
        var count = 0;
        var position = start;
        while (count < MaxWords)
        {
            var wordEnd = TextScanning.WordEnd(text, position);
            if (wordEnd == position || !NumberWord.TryGet(text[position..wordEnd], out words[count]))
            {
                break;
            }

            ends[count++] = wordEnd;
            position = TextScanning.SkipSpaces(text, wordEnd);
            if (position == wordEnd)
            {
                break;
            }
        }

        var used = Parse(words[..count], out value);
        return used == 0 ? 0 : ends[used - 1] - start;
    }

    /// <summary>True for words that can begin a number (<c>hai</c>, <c>mười</c>), a cheap test before <see cref="Match"/>.</summary>
    public static bool CanStartNumber(ReadOnlySpan<char> word) =>
        word.Length <= NumberWord.LongestStart && NumberWord.TryGet(word, out var w) && (w.Kind == NumberWordKind.Ten || (w.Kind == NumberWordKind.Digit && w.Form == DigitForm.Plain));

    private static int Parse(ReadOnlySpan<NumberWord> words, out long value)
    {
        value = 0;
        if (words.Length > 0 && words[0].Form == DigitForm.Zero)
        {
            return 1;
        }

        long total = 0;
        long lastScale = long.MaxValue;
        var i = 0;
        while (true)
        {
            var groupStart = i;
            var group = ParseGroup(words, ref i, afterScale: groupStart > 0);
            if (group < 0)
            {
                i = groupStart;
                break;
            }

            if (i < words.Length && words[i].Kind == NumberWordKind.Scale && words[i].Value < lastScale && group > 0)
            {
                lastScale = words[i].Value;
                total += group * lastScale;
                i++;
                continue;
            }

            total += group;
            break;
        }

        value = total;
        return i;
    }

    /// <summary>Reads 0..999 (<c>ba trăm linh năm</c>); returns -1 when nothing fits.</summary>
    private static long ParseGroup(ReadOnlySpan<NumberWord> words, ref int i, bool afterScale)
    {
        var start = i;
        long hundreds = 0;
        var hasHundreds = false;
        if (i + 1 < words.Length && words[i + 1].Kind == NumberWordKind.Hundred && words[i].Kind == NumberWordKind.Digit
            && (words[i].Form == DigitForm.Plain || (afterScale && words[i].Form == DigitForm.Zero)))
        {
            hundreds = words[i].Value;
            hasHundreds = true;
            i += 2;
        }

        var tail = ParseTensAndUnits(words, ref i, allowBareDigit: !hasHundreds && !afterScale, afterHundredsOrScale: hasHundreds || afterScale);
        if (tail < 0)
        {
            return i == start ? -1 : hundreds * 100;
        }

        return (hundreds * 100) + tail;
    }

    private static long ParseTensAndUnits(ReadOnlySpan<NumberWord> words, ref int i, bool allowBareDigit, bool afterHundredsOrScale)
    {
        if (i >= words.Length)
        {
            return -1;
        }

        var word = words[i];
        if (word.Kind == NumberWordKind.Ten)
        {
            i++;
            return 10 + UnitsAfterTens(words, ref i, tens: 1);
        }

        if (word.Kind == NumberWordKind.Digit && word.Form == DigitForm.Plain && word.Value >= 2
            && i + 1 < words.Length && words[i + 1].Kind == NumberWordKind.Tens)
        {
            i += 2;
            return (word.Value * 10) + UnitsAfterTens(words, ref i, tens: word.Value);
        }

        if (word.Kind == NumberWordKind.ZeroTens && afterHundredsOrScale && i + 1 < words.Length
            && words[i + 1].Kind == NumberWordKind.Digit && words[i + 1].Value > 0 && words[i + 1].Form is DigitForm.Plain or DigitForm.Four)
        {
            i += 2;
            return words[i - 1].Value;
        }

        if (allowBareDigit && word.Kind == NumberWordKind.Digit && word.Form == DigitForm.Plain)
        {
            i++;
            return word.Value;
        }

        return -1;
    }

    private static long UnitsAfterTens(ReadOnlySpan<NumberWord> words, ref int i, long tens)
    {
        if (i >= words.Length || words[i].Kind != NumberWordKind.Digit)
        {
            return 0;
        }

        var word = words[i];
        var fits = word.Form switch
        {
            DigitForm.Plain => word.Value != 5,
            DigitForm.OneAfterTens => tens >= 2,
            DigitForm.Four => true,
            DigitForm.FiveAfterTens => true,
            _ => false,
        };
        if (!fits)
        {
            return 0;
        }

        i++;
        return word.Value;
    }
}
