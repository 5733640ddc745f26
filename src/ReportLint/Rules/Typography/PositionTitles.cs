using System.Collections.Frozen;
using System.Collections.Immutable;
using ReportLint.Text;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Typography;

/// <summary>
/// Words that open a position, rank or body after a name (<c>Nguyễn Ngọc Phúc – Bí thư Huyện
/// ủy</c>, <c>Trung Văn - Trung tâm TTVH</c>): they tell a name–title dash from a dash inside a
/// name (<c>Bà Rịa – Vũng Tàu</c>, <c>Hà Nội – Thái Nguyên</c>). The list is data,
/// <c>Vietnamese/Lexicon/position-titles.txt</c>, which scripts/vietnamese-eval reads too.
/// </summary>
internal static class PositionTitles
{
    // Read from Vietnamese/Lexicon/position-titles.txt, in both tone placements (Ủy viên, Uỷ viên).
    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> Titles = new(() =>
        VietnameseLexicon.Rows("position-titles.txt", lowerCase: false)
            .Select(row => row[0])
            .SelectMany(title => new[] { title, string.Join(' ', title.Split(' ').Select(ToneMarkPlacement.InOtherStyle)) })
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>());

    public static bool StartsAt(BlockText text, ImmutableArray<Token> tokens, int first)
    {
        var word = text.TextOf(tokens[first]);
        var titles = Titles.Value;
        if (titles.Contains(word))
        {
            return true;
        }

        if (first + 1 >= tokens.Length || tokens[first + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var second = tokens[first + 1];
        var pair = text.Text.AsSpan(tokens[first].Start, second.End - tokens[first].Start);
        return pair.Length == word.Length + 1 + second.Length && pair[word.Length] == ' '
            && titles.Contains(pair);
    }
}
