namespace ReportLint.Numbers.Relations;

/// <summary>Reads the pattern notation of figure-relations.yml into elements; an error names what is wrong.</summary>
internal static class PatternParser
{
    private const int GapWords = 12;
    private const int SentenceWords = 40;
    private const int TightWords = 4;

    public static IReadOnlyList<PatternElement> Parse(string pattern)
    {
        var elements = new List<PatternElement>();
        var i = 0;
        while (i < pattern.Length)
        {
            if (char.IsWhiteSpace(pattern[i]))
            {
                i++;
                continue;
            }

            PatternElement element;
            if (pattern[i] == '{')
            {
                var close = pattern.IndexOf('}', i);
                if (close < 0)
                {
                    throw new FormatException($"'{{' without '}}' in pattern \"{pattern}\"");
                }

                element = Slot(pattern[(i + 1)..close], pattern);
                i = close + 1;
            }
            else if (pattern[i] == '(')
            {
                var close = pattern.IndexOf(')', i);
                if (close < 0)
                {
                    throw new FormatException($"'(' without ')' in pattern \"{pattern}\"");
                }

                element = new WordChoice([.. pattern[(i + 1)..close].Split('|').Select(Words)]);
                i = close + 1;
            }
            else
            {
                var end = i;
                while (end < pattern.Length && !char.IsWhiteSpace(pattern[end]) && !(pattern[end] == '?' && end > i && pattern[end - 1] != '\\'))
                {
                    end++;
                }

                var word = pattern[i..end].Replace("\\", "", StringComparison.Ordinal);
                element = word switch
                {
                    "." => new SentenceBreak(),
                    "…" or "..." => new WordGap(GapWords),
                    "……" => new WordGap(SentenceWords),
                    "~" => new WordGap(TightWords, Tight: true),
                    _ => new WordChoice([[FigureTokenizer.Normalize(word)]]),
                };
                i = end;
            }

            if (i < pattern.Length && pattern[i] == '?')
            {
                element = element with { Optional = true };
                i++;
            }

            elements.Add(element);
        }

        return elements.Count > 0 ? elements : throw new FormatException("an empty pattern");
    }

    private static IReadOnlyList<string> Words(string alternative) =>
        [.. alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => FigureTokenizer.Normalize(w.Replace("\\", "", StringComparison.Ordinal)))];

    private static FigureSlot Slot(string body, string pattern)
    {
        var isList = body.EndsWith('+');
        var parts = body.TrimEnd('+').Split(':');
        var kind = parts.Length < 2 ? FigureSlotKind.Any : parts[1] switch
        {
            "count" => FigureSlotKind.Count,
            "money" => FigureSlotKind.Money,
            "percent" => FigureSlotKind.Percent,
            "fraction" => FigureSlotKind.Fraction,
            "number" => FigureSlotKind.Number,
            "any" => FigureSlotKind.Any,
            "small" => FigureSlotKind.Small,
            "names" => FigureSlotKind.Names,
            "phrases" => FigureSlotKind.Phrases,
            var other => throw new FormatException($"unknown figure kind '{other}' in pattern \"{pattern}\" (count, money, percent, fraction, number, any, small, names, phrases)"),
        };
        return new FigureSlot(parts[0], kind, isList);
    }
}
