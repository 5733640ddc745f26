using Microsoft.CodeAnalysis.Text;
using static ReportLint.Numbers.TextScanning;

namespace ReportLint.Numbers;

/// <summary>The state of one <see cref="NumberScanner.Scan"/> call: the text, the cursor and the mentions found so far.</summary>
internal sealed class ParagraphScan(string text, UnitVocabulary vocabulary)
{
    private const int MaxQualifierWords = 4;
    private const int UngroupedCodeLength = 8;

    private readonly List<NumberMention> mentions = [];

    public List<NumberMention> Run()
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            i = IsDigit(c) ? ScanDigits(i) : IsLetter(c) ? ScanWord(i) : i + 1;
        }

        return mentions;
    }

    private int ScanWord(int start)
    {
        var end = WordEnd(text, start);
        if (end < text.Length && IsDigit(text[end]))
        {
            // Letters glued to digits (H5N1, QL20, COVID19) are names of things.
            var codeEnd = AlphanumericEnd(end);
            Add(start, codeEnd, NumberKind.Code, Written(end, DigitRunEnd(end)));
            return codeEnd;
        }

        var word = text.AsSpan(start, end - start);
        if (IsRomanNumeral(word))
        {
            var lead = Lead.Before(text, start);
            if (ContextWords.OrdinalLeads.ContainsEither(lead.Word(2), lead.Word(1)) || ContinuesList(start, NumberKind.Ordinal))
            {
                var roman = new WrittenNumber(new TextSpan(start, end - start), word.ToString(), RomanValue(word), 0, NumberNotation.Roman);
                Add(start, end, NumberKind.Ordinal, roman);
            }

            return end;
        }

        if (VietnameseNumberWords.CanStartNumber(word))
        {
            var length = VietnameseNumberWords.Match(text, start, out var value);
            if (length == word.Length && word.Equals("năm", StringComparison.OrdinalIgnoreCase))
            {
                // A lone "năm" is far more often "year" (hằng năm Đảng bộ …) than five.
                return end;
            }

            var unitStart = SkipSpaces(text, start + length);
            if (length > 0 && unitStart > start + length && vocabulary.MatchPrefix(text, unitStart, out _) > 0)
            {
                var number = new WrittenNumber(new TextSpan(start, length), text.Substring(start, length), value, 0, NumberNotation.Words);
                return Complete(start, number, start + length, denominator: null, rangeEnd: null);
            }
        }

        return end;
    }

    private int ScanDigits(int start)
    {
        var end = NumberTokenEnd(start);
        if (start > 0 && (text[start - 1] == '+' || (text[start - 1] == '-' && start > 1 && IsLetter(text[start - 2]))))
        {
            // GMT+7, +84 …, COVID-19
            var codeEnd = PhoneEnd(end);
            Add(start, codeEnd, NumberKind.Code, Written(start, DigitRunEnd(start)));
            return codeEnd;
        }

        if (FollowsName(start) && !UnitFollows(end))
        {
            // Boeing 737, Dragon 17, Bắc Nam 79, Su -24: a number written straight after a name mid-sentence is part of it.
            var nameEnd = AlphanumericEnd(end);
            Add(start, nameEnd, NumberKind.Code, Written(start, DigitRunEnd(start)));
            return nameEnd;
        }

        if (!VietnameseNumberFormat.TryParse(text.AsSpan(start, end - start), out _, out _))
        {
            // 4.0, 1.5.2, 0263.3822.123: digits that are not written as a quantity.
            var codeEnd = PhoneEnd(end);
            Add(start, codeEnd, NumberKind.Code, Written(start, DigitRunEnd(start)));
            return codeEnd;
        }

        var number = Written(start, end);
        if (number.HasLeadingZero && number.Text.Length >= 3 && end + 1 < text.Length && IsSpace(text[end]) && IsDigit(text[end + 1]))
        {
            // 0912 345 678, 0263 3822 123
            var codeEnd = PhoneEnd(end);
            Add(start, codeEnd, NumberKind.Code, number);
            return codeEnd;
        }

        if (TryTime(start, end, number, out var timeEnd))
        {
            return timeEnd;
        }

        if (end < text.Length && IsLetter(text[end]))
        {
            // A unit glued to the number (5ha, 10km) is still a quantity; anything else (3G, 4D) is a code.
            if (vocabulary.MatchPrefix(text, end, out _) > 0)
            {
                return Complete(start, number, end, denominator: null, rangeEnd: null);
            }

            var codeEnd = AlphanumericEnd(end);
            Add(start, codeEnd, NumberKind.Code, number);
            return codeEnd;
        }

        if (end + 1 < text.Length && text[end] == '/')
        {
            if (IsDigit(text[end + 1]))
            {
                return ScanSlash(start, number, end);
            }

            if (char.IsUpper(text[end + 1]))
            {
                return AddDocument(start, DocumentCodeEnd(end + 1), number);
            }
        }

        var dash = SkipSpaces(text, end);
        if (dash < text.Length && IsDash(text[dash]))
        {
            var next = SkipSpaces(text, dash + 1);
            if (next < text.Length && char.IsUpper(text[next]))
            {
                // 22-NQ/TW, and the malformed 05- CT/TW, are references, whatever their spacing.
                return AddDocument(start, DocumentCodeEnd(next), number);
            }

            if (next < text.Length && IsDigit(text[next]))
            {
                var secondEnd = NumberTokenEnd(next);
                if (VietnameseNumberFormat.TryParse(text.AsSpan(next, secondEnd - next), out _, out _))
                {
                    var second = Written(next, secondEnd);
                    if (IsYearLike(number) && IsYearLike(second) && second.Value >= number.Value)
                    {
                        Add(start, secondEnd, NumberKind.YearRange, number, rangeEnd: second);
                        return secondEnd;
                    }

                    if (second.Value < number.Value)
                    {
                        // A range rises ("5-10%"); "(24-4)" is a day and month, "3-2" a score: neither is a quantity.
                        var dayMonth = number.Decimals == 0 && second.Decimals == 0 && number.Value is >= 1 and <= 31 && second.Value is >= 1 and <= 12;
                        Add(start, secondEnd, dayMonth ? NumberKind.Date : NumberKind.Code, number);
                        return secondEnd;
                    }

                    return Complete(start, number, secondEnd, denominator: null, rangeEnd: second);
                }
            }
        }

        return Complete(start, number, end, denominator: null, rangeEnd: null);
    }

    private int ScanSlash(int start, WrittenNumber first, int firstEnd)
    {
        var secondStart = firstEnd + 1;
        var secondEnd = NumberTokenEnd(secondStart);
        if (!VietnameseNumberFormat.TryParse(text.AsSpan(secondStart, secondEnd - secondStart), out _, out _))
        {
            Add(start, secondEnd, NumberKind.Code, first);
            return secondEnd;
        }

        var second = Written(secondStart, secondEnd);
        if (secondEnd + 1 < text.Length && text[secondEnd] == '/')
        {
            if (char.IsLetter(text[secondEnd + 1]))
            {
                // 30/2020/NĐ-CP
                return AddDocument(start, DocumentCodeEnd(secondEnd + 1), first);
            }

            var thirdEnd = DigitRunEnd(secondEnd + 1);
            var third = thirdEnd > secondEnd + 1 ? Written(secondEnd + 1, thirdEnd) : default;
            var isDate = IsDayMonth(first, second) && third.Text is { Length: 2 or 4 } && (thirdEnd >= text.Length || text[thirdEnd] != '/');
            Add(start, thirdEnd, isDate ? NumberKind.Date : NumberKind.Code, first);
            return thirdEnd;
        }

        if (secondEnd < text.Length && IsLetter(text[secondEnd]))
        {
            var codeEnd = AlphanumericEnd(secondEnd);
            Add(start, codeEnd, NumberKind.Code, first);
            return codeEnd;
        }

        var lead = Lead.Before(text, start);
        var unitFollows = vocabulary.MatchPrefix(text, SkipSpaces(text, secondEnd), out _) > 0;
        if (IsDayMonth(first, second) && (ContextWords.DateLeads.Contains(lead.Word(1)) || IsParenthesized(start, secondEnd)
            || (!unitFollows && first.Value > second.Value)))
        {
            Add(start, secondEnd, NumberKind.Date, first);
            return secondEnd;
        }

        if (first.Value is >= 1 and <= 12 && first.Decimals == 0 && IsYearLike(second))
        {
            // tháng 3/2020
            Add(start, secondEnd, NumberKind.Date, first);
            return secondEnd;
        }

        if (IsYearLike(first) && IsYearLike(second) && second.Value == first.Value + 1)
        {
            // năm học 2019/2020
            Add(start, secondEnd, NumberKind.YearRange, first, rangeEnd: second);
            return secondEnd;
        }

        return Complete(start, first, secondEnd, denominator: second, rangeEnd: null);
    }

    /// <summary>Reads what follows a number (percent sign, range end, scale word, unit, <c>trở lên</c>) and what precedes it, and records the mention.</summary>
    private int Complete(int start, WrittenNumber number, int end, WrittenNumber? denominator, WrittenNumber? rangeEnd)
    {
        var lead = Lead.Before(text, start);
        var position = end;
        var isPercent = TryPercent(ref position);
        var fromBound = lead.BoundWords > 0 && lead.Word(1).Equals("từ", StringComparison.OrdinalIgnoreCase);
        if (fromBound && rangeEnd is null && denominator is null && TryRangeEnd(ref position, out var end2))
        {
            rangeEnd = end2;
            isPercent |= TryPercent(ref position);
        }

        var multiplier = 1m;
        var scaleStart = SkipSpaces(text, position);
        var scaleEnd = WordEnd(text, scaleStart);
        if (scaleEnd > scaleStart && ContextWords.ScaleWords.Contains(text.AsSpan(scaleStart, scaleEnd - scaleStart))
            && vocabulary.MatchPrefix(text, scaleStart, out _) == 0)
        {
            multiplier = ContextWords.ScaleOf(text.AsSpan(scaleStart, scaleEnd - scaleStart));
            position = scaleEnd;
        }

        var unit = ExtractUnit(position);
        var mentionEnd = unit is null ? position : unit.Span.End;
        var isRate = false;
        string? per = null;
        if (unit is not null && mentionEnd + 1 < text.Length && text[mentionEnd] == '/' && IsLetter(text[mentionEnd + 1]))
        {
            // 12 kỳ/năm, 2 lần/tháng
            isRate = true;
            per = text[(mentionEnd + 1)..WordEnd(text, mentionEnd + 1)].ToLowerInvariant();
            mentionEnd = WordEnd(text, mentionEnd + 1);
        }

        var exactness = lead.Bound;
        if (fromBound)
        {
            // "từ 128 ... xuống còn 101" states where a change starts, an exact figure; "từ 80 đến 90" is a range.
            exactness = rangeEnd is not null || NextWordIs(mentionEnd, ContextWords.ChangeDirections) ? Exactness.Exact : Exactness.AtLeast;
        }

        var suffix = SkipSpaces(text, mentionEnd);
        if (WordAt(suffix).Equals("trở", StringComparison.OrdinalIgnoreCase))
        {
            var directionStart = SkipSpaces(text, suffix + 3);
            var direction = WordAt(directionStart);
            if (direction.Equals("lên", StringComparison.OrdinalIgnoreCase) || direction.Equals("xuống", StringComparison.OrdinalIgnoreCase))
            {
                exactness = direction.Equals("lên", StringComparison.OrdinalIgnoreCase) ? Exactness.AtLeast : Exactness.AtMost;
                mentionEnd = directionStart + direction.Length;
            }
        }

        var kind = Classify(start, number, lead, isPercent, denominator, rangeEnd, unit, isRate);
        if (kind is NumberKind.Year or NumberKind.Ordinal or NumberKind.DocumentNumber or NumberKind.Code)
        {
            // A name or a date has no unit; what follows is the rest of the sentence, scanned afresh.
            Add(start, end, kind, number);
            return end;
        }

        var mentionStart = lead.BoundWords > 0 ? lead.WordStart(lead.BoundWords) : start;
        mentions.Add(new NumberMention
        {
            Span = TextSpan.FromBounds(mentionStart, mentionEnd),
            Kind = kind,
            Number = number,
            Denominator = denominator,
            RangeEnd = rangeEnd,
            Exactness = exactness,
            Multiplier = multiplier,
            Unit = unit,
            Per = per,
        });
        return Math.Max(mentionEnd, end);
    }

    private NumberKind Classify(int start, WrittenNumber number, Lead lead, bool isPercent, WrittenNumber? denominator,
        WrittenNumber? rangeEnd, UnitPhrase? unit, bool isRate)
    {
        var near = lead.Word(lead.BoundWords + 1);
        var far = lead.Word(lead.BoundWords + 2);
        var farther = lead.Word(lead.BoundWords + 3);
        var plain = !isPercent && denominator is null && rangeEnd is null;
        if (ContextWords.PhoneLeads.ContainsEither(far, near) || (number.Notation == NumberNotation.Digits && number.Decimals == 0
            && number.Text.Length >= UngroupedCodeLength && number.Text.IndexOf('.') < 0))
        {
            return NumberKind.Code;
        }

        if (plain && (ContextWords.DocumentTypes.ContainsEither(far, near)
            || (near.Equals("số", StringComparison.OrdinalIgnoreCase) && ContextWords.DocumentTypes.ContainsEither(farther, far))))
        {
            return NumberKind.DocumentNumber;
        }

        var counted = unit?.Definition is not null;
        var isTotalNumber = near.Equals("số", StringComparison.OrdinalIgnoreCase) && far.Equals("tổng", StringComparison.OrdinalIgnoreCase);
        if (!isPercent && !isTotalNumber && lead.BoundWords == 0 && ContextWords.OrdinalLeads.ContainsEither(far, near))
        {
            return NumberKind.Ordinal;
        }

        if (plain && IsYearLike(number) && (ContextWords.YearLeads.ContainsEither(far, near) || !counted))
        {
            return NumberKind.Year;
        }

        if (plain && !counted && ContinuesList(start, NumberKind.Ordinal))
        {
            return NumberKind.Ordinal;
        }

        if (isRate)
        {
            return NumberKind.Rate;
        }

        return unit?.Definition?.Kind switch
        {
            UnitKind.Duration => NumberKind.Duration,
            UnitKind.Money => NumberKind.Money,
            _ when isPercent => NumberKind.Percentage,
            _ when denominator is not null => NumberKind.Fraction,
            _ => NumberKind.Count,
        };
    }

    /// <summary>
    /// The noun phrase after a number: the longest vocabulary unit, then up to a few qualifier words,
    /// stopping at punctuation, digits, capitalised names and the verbs and function words that begin a predicate.
    /// </summary>
    private UnitPhrase? ExtractUnit(int position)
    {
        var start = SkipSpaces(text, position);
        if (start >= text.Length || !IsLetter(text[start]) || (start == position && position > 0 && !IsDigit(text[position - 1])))
        {
            return null;
        }

        var headLength = vocabulary.MatchPrefix(text, start, out var definition);
        var end = start + headLength;
        var words = 0;
        while (words < MaxQualifierWords)
        {
            var wordStart = end == start ? start : SkipSpaces(text, end);
            if (wordStart >= text.Length || (wordStart == end && end != start) || !IsLetter(text[wordStart]))
            {
                break;
            }

            var wordEnd = WordEnd(text, wordStart);
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            var isName = char.IsUpper(word[0]) && wordStart != start && !word.Equals("Đảng", StringComparison.Ordinal);
            if (ContextWords.UnitStops.Contains(word) || isName || (wordEnd < text.Length && IsDigit(text[wordEnd])))
            {
                break;
            }

            end = wordEnd;
            words++;
        }

        return end == start ? null : new UnitPhrase(TextSpan.FromBounds(start, end), text[start..end], definition, headLength);
    }

    private bool TryTime(int start, int end, WrittenNumber hours, out int timeEnd)
    {
        timeEnd = end;
        if (hours.Decimals != 0 || hours.Value > 24 || end >= text.Length)
        {
            return false;
        }

        if (text[end] == ':' && DigitRunEnd(end + 1) - (end + 1) == 2)
        {
            timeEnd = end + 3;
            if (timeEnd < text.Length && text[timeEnd] == ':' && DigitRunEnd(timeEnd + 1) - (timeEnd + 1) == 2)
            {
                timeEnd += 3;
            }
        }
        else if (text[end] is 'h' or 'g' && (end + 1 >= text.Length || !IsLetter(text[end + 1])))
        {
            // 17h30, 8g
            timeEnd = DigitRunEnd(end + 1);
        }
        else
        {
            return false;
        }

        Add(start, timeEnd, NumberKind.Time, hours);
        return true;
    }

    private bool TryPercent(ref int position)
    {
        var next = SkipSpaces(text, position);
        if (next < text.Length && text[next] == '%')
        {
            position = next + 1;
            return true;
        }

        if (WordAt(next).Equals("phần", StringComparison.OrdinalIgnoreCase))
        {
            var second = SkipSpaces(text, next + 4);
            if (WordAt(second).Equals("trăm", StringComparison.OrdinalIgnoreCase))
            {
                position = second + 4;
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the <c>đến 20</c> of <c>từ 15 đến 20%</c>.</summary>
    private bool TryRangeEnd(ref int position, out WrittenNumber rangeEnd)
    {
        rangeEnd = default;
        var joiner = SkipSpaces(text, position);
        var joinerWord = WordAt(joiner);
        if (!ContextWords.RangeJoiners.Contains(joinerWord))
        {
            return false;
        }

        var next = SkipSpaces(text, joiner + joinerWord.Length);
        if (next >= text.Length || !IsDigit(text[next]))
        {
            return false;
        }

        var end = NumberTokenEnd(next);
        if (!VietnameseNumberFormat.TryParse(text.AsSpan(next, end - next), out _, out _)
            || (end < text.Length && text[end] is '/' or ':'))
        {
            return false;
        }

        rangeEnd = Written(next, end);
        position = end;
        return true;
    }

    private bool ContinuesList(int start, NumberKind kind)
    {
        if (mentions.Count == 0 || mentions[^1].Kind != kind)
        {
            return false;
        }

        var between = text.AsSpan(mentions[^1].Span.End, start - mentions[^1].Span.End).Trim();
        return between is "," or "và" or "-" or "–" or "&";
    }

    /// <summary>A known unit after the number ("Madrid 75 km") makes it a quantity even after a name.</summary>
    private bool UnitFollows(int end)
    {
        var next = SkipSpaces(text, end);
        return next < text.Length && IsLetter(text[next]) && vocabulary.MatchPrefix(text, next, out _) > 0;
    }

    /// <summary>
    /// True when the word just before <paramref name="start"/> (one space, or " -" between) has a capital and
    /// is not the first word of its sentence nor a word that takes a figure after it (Trung ương 4 is an ordinal anyway).
    /// </summary>
    private bool FollowsName(int start)
    {
        var end = start;
        if (end > 1 && text[end - 1] == '-' && text[end - 2] == ' ')
        {
            end -= 2;
        }
        else if (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        else
        {
            return false;
        }

        var wordStart = WordStart(text, end);
        var word = text.AsSpan(wordStart, end - wordStart);
        if (wordStart == end || !HasCapital(word) || ContextWords.OrdinalLeads.Contains(word)
            || ContextWords.DateLeads.Contains(word) || ContextWords.YearLeads.Contains(word))
        {
            return false;
        }

        var before = SkipSpacesBackward(text, wordStart);
        return before > 0 && (IsLetter(text[before - 1]) || IsDigit(text[before - 1]) || text[before - 1] is ',' or '-' or '–' or '(');
    }

    /// <summary>A name may start in lower case but has a capital somewhere (iPhone 7, eKYC 2).</summary>
    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool NextWordIs(int position, WordSet words) => words.Contains(WordAt(SkipSpaces(text, position)));

    private ReadOnlySpan<char> WordAt(int position) =>
        position < text.Length ? text.AsSpan(position, WordEnd(text, position) - position) : default;

    private bool IsParenthesized(int start, int end)
    {
        var before = SkipSpacesBackward(text, start);
        var after = SkipSpaces(text, end);
        return before > 0 && text[before - 1] == '(' && after < text.Length && text[after] == ')';
    }

    private static bool IsDayMonth(WrittenNumber day, WrittenNumber month) =>
        day.Decimals == 0 && month.Decimals == 0 && day.Value is >= 1 and <= 31 && month.Value is >= 1 and <= 12
        && day.Text.Length <= 2 && month.Text.Length <= 2;

    private static bool IsYearLike(WrittenNumber number) =>
        number.Notation == NumberNotation.Digits && number.Decimals == 0 && number.Text.Length == 4 && number.Value is >= 1800 and <= 2200;

    private int AddDocument(int start, int end, WrittenNumber number)
    {
        Add(start, end, NumberKind.DocumentNumber, number);
        return end;
    }

    private void Add(int start, int end, NumberKind kind, WrittenNumber number, WrittenNumber? rangeEnd = null) =>
        mentions.Add(new NumberMention { Span = TextSpan.FromBounds(start, end), Kind = kind, Number = number, RangeEnd = rangeEnd });

    private WrittenNumber Written(int start, int end)
    {
        VietnameseNumberFormat.TryParse(text.AsSpan(start, end - start), out var value, out var decimals);
        return new WrittenNumber(new TextSpan(start, end - start), text.Substring(start, end - start), value, decimals, NumberNotation.Digits);
    }

    /// <summary>Digits with <c>.</c> or <c>,</c> between them; a separator followed by a space ends the number (<c>9, 10</c>).</summary>
    private int NumberTokenEnd(int start)
    {
        var i = start;
        while (i < text.Length && (IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && IsDigit(text[i + 1]) && i > start)))
        {
            i++;
        }

        return i;
    }

    private int DigitRunEnd(int start)
    {
        var i = start;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private int AlphanumericEnd(int start)
    {
        var i = start;
        while (i < text.Length && (IsLetter(text[i]) || IsDigit(text[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>Digit groups separated by single spaces, dots or dashes: the rest of a phone number.</summary>
    private int PhoneEnd(int end)
    {
        var i = end;
        while (i + 1 < text.Length && text[i] is ' ' or '.' or '-' or '\u00A0' && IsDigit(text[i + 1]) && IsDigit(text[i - 1]))
        {
            i = DigitRunEnd(i + 1);
        }

        return i;
    }

    /// <summary>The end of a reference code such as <c>NQ/TW</c>, <c>NĐ-CP</c>, <c>QĐ-UBND</c>.</summary>
    private int DocumentCodeEnd(int start)
    {
        var i = start;
        while (i < text.Length && (IsLetter(text[i]) || IsDigit(text[i])
            || (text[i] is '/' or '-' && i + 1 < text.Length && (IsLetter(text[i + 1]) || IsDigit(text[i + 1])))))
        {
            i++;
        }

        return i;
    }
}
