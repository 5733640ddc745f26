using System.Collections.Frozen;
using System.Collections.Immutable;
using ReportLint.Text;

namespace ReportLint.Rules.Typography;

/// <summary>
/// Words that open a position, rank or body after a name (<c>Nguyễn Ngọc Phúc – Bí thư Huyện
/// ủy</c>, <c>Trung Văn - Trung tâm TTVH</c>): they tell a name–title dash from a dash inside a
/// name (<c>Bà Rịa – Vũng Tàu</c>, <c>Hà Nội – Thái Nguyên</c>).
/// </summary>
internal static class PositionTitles
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OneWord = new[]
    {
        "Phó", "Trưởng", "Chánh", "Nguyên", "Tổng", "PV", "ĐBQH",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TwoWords = new[]
    {
        "Bí thư", "Chủ tịch", "Chủ nhiệm", "Giám đốc", "Bộ trưởng", "Thứ trưởng", "Viện trưởng",
        "Hiệu trưởng", "Cục trưởng", "Vụ trưởng", "Đội trưởng", "Tổ trưởng", "Thủ trưởng", "Ủy viên",
        "Uỷ viên", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy", "Đại uý", "Thượng úy",
        "Thượng uý", "Trung úy", "Trung uý", "Thiếu úy", "Thiếu uý", "Thiếu tướng", "Trung tướng",
        "Thượng tướng", "Đại tướng", "Phóng viên", "Nhà báo", "Luật sư", "Trung tâm", "Bác sĩ",
        "Tiến sĩ", "Thạc sĩ", "Giáo sư", "Kỹ sư", "Thư ký", "Đại biểu", "Chỉ huy",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool StartsAt(BlockText text, ImmutableArray<Token> tokens, int first)
    {
        var word = text.TextOf(tokens[first]);
        if (OneWord.Contains(word))
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
            && TwoWords.Contains(pair);
    }
}
