using System.Collections.Frozen;

namespace ReportLint.Numbers.Claims;

/// <summary>
/// <c>Đảng bộ huyện có 52 tổ chức cơ sở đảng</c>: how many of a unit a subject has, with the years
/// and dates of its sentence, so that the same statement made twice in a draft can be compared.
/// </summary>
/// <param name="Figure">The count stated.</param>
/// <param name="Key">Subject, unit and time together: two statements with one key speak of the same figure.</param>
public sealed record StockStatement(NumberMention Figure, string Key);

public static class StockStatementReader
{
    private const int SubjectWords = 2;

    // "trong đó có 85 hộ nghèo" introduces a subset; "cũng có", "mới có" qualify the verb: no subject is named.
    private static readonly FrozenSet<string> NotSubjects = new[]
    {
        "đó", "này", "trong", "gồm", "và", "với", "là", "cũng", "mới", "chỉ", "không", "chưa", "thì", "mà", "nào", "khi", "nếu", "sẽ",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Fillers = new[] { "hiện", "nay", "đã", "vẫn", "còn", "tổng", "cộng", "đang" }.ToFrozenSet();

    public static IEnumerable<StockStatement> Read(BlockFigures figures)
    {
        Dictionary<int, string>? times = null;
        foreach (var figure in figures.Quantities)
        {
            if (!figure.IsExact || figure.Kind != NumberKind.Count || figure.Unit is not { Definition: { Kind: UnitKind.Count } unit } phrase
                || phrase.Qualifier.Length > 0 || figures.WordBefore(figure.Span.Start) != "có")
            {
                continue;
            }

            var subject = new List<string>(SubjectWords);
            for (var k = 1; subject.Count < SubjectWords; k++)
            {
                var word = figures.WordBefore(figure.Span.Start, k);
                if (word.Length == 0)
                {
                    break;
                }

                if (NotSubjects.Contains(word))
                {
                    break;
                }

                if (!Fillers.Contains(word))
                {
                    subject.Add(word);
                }
            }

            if (subject.Count == SubjectWords)
            {
                times ??= TimesBySentence(figures);
                var time = times.GetValueOrDefault(figures.SentenceIndexOf(figure.Span.Start), string.Empty);
                yield return new StockStatement(figure, $"{string.Join(' ', subject)}|{unit.Name}|{time}");
            }
        }
    }

    // A figure "đến cuối năm 2023" and one "năm 2022" may differ; so may one with a date and one
    // without. Gathered once per block: per statement, a block of thousands of figures was quadratic.
    private static Dictionary<int, string> TimesBySentence(BlockFigures figures) =>
        figures.Mentions
            .Where(m => m.Kind is NumberKind.Year or NumberKind.YearRange or NumberKind.Date)
            .GroupBy(m => figures.SentenceIndexOf(m.Span.Start))
            .ToDictionary(g => g.Key, g => string.Join(',', g.Select(m => figures.Text.Substring(m.Span.Start, m.Span.Length)).Order(StringComparer.Ordinal)));
}
