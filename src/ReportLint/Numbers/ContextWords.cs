namespace ReportLint.Numbers;

/// <summary>
/// The words around a number that decide what it means. One- and two-word leads are kept as
/// phrases and looked up with spans, so classification allocates nothing.
/// </summary>
internal static class ContextWords
{
    /// <summary>Words before a number that make it a year (<c>năm 2019</c>, <c>nhiệm kỳ 2020</c>).</summary>
    public static readonly WordSet YearLeads = new("năm", "nhiệm kỳ", "giai đoạn", "niên khóa", "niên khoá", "niên độ", "năm học");

    /// <summary>Words before <c>d/m</c> that make it a date rather than a fraction.</summary>
    public static readonly WordSet DateLeads = new("ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "nay", "mùng", "mồng");

    /// <summary>Words before a number that make it a name or a rank: <c>lần thứ 32</c>, <c>Điều 3</c>, <c>Trung ương 4</c>, <c>khóa XII</c>.</summary>
    public static readonly WordSet OrdinalLeads = new(
        "thứ", "điều", "khoản", "điểm", "chương", "mục", "phần", "tiết", "phụ lục", "bảng", "hình", "mẫu",
        "trung ương", "ương", "tw", "tư", "khóa", "khoá", "kỳ", "lần", "đợt", "hạng", "loại", "nhóm", "vòng", "cấp độ", "phiên", "số",
        "tổ", "khu", "xóm", "ấp", "thôn", "phường", "quận", "lô", "phòng", "tầng", "lớp", "tuyến", "km",
        "quốc lộ", "tỉnh lộ", "đường", "đại hội", "hội nghị", "chỉ thị", "quy định", "kết luận",
        "tháng", "quý", "tuần", "vực", "hiệu", "mã", "kênh", "cổng", "bến", "cửa", "gói", "cấp");

    /// <summary>Document types whose following number (<c>Chỉ thị 05</c>, <c>Nghị quyết số 22</c>) is a reference.</summary>
    public static readonly WordSet DocumentTypes = new(
        "nghị quyết", "chỉ thị", "quyết định", "nghị định", "thông tư", "kết luận", "quy định", "hướng dẫn", "công văn",
        "kế hoạch", "thông báo", "đề án", "chương trình", "tờ trình", "báo cáo", "pháp lệnh", "công điện", "luật",
        "văn bản", "quy chế", "điều lệ");

    public static readonly WordSet PhoneLeads = new("điện thoại", "đt", "sđt", "hotline", "fax", "tel", "di động", "số máy", "đường dây nóng");

    /// <summary>Words that end a unit phrase: verbs and function words that start the predicate.</summary>
    public static readonly WordSet UnitStops = new(
        "hoàn", "đạt", "được", "và", "với", "gồm", "bao", "có", "là", "chiếm", "trong", "của", "cho", "tại", "ở", "đã",
        "đang", "sẽ", "không", "chưa", "bị", "so", "tăng", "giảm", "còn", "về", "theo", "từ", "đến", "tới", "trên",
        "dưới", "hơn", "thì", "mà", "nhưng", "hay", "hoặc", "vượt", "bằng", "đều", "cũng", "vào", "ra", "lên",
        "xuống", "như", "nên", "do", "vì", "nhằm", "để", "trở", "này", "đó", "kia", "năm", "tháng", "ngày", "quý",
        "tham", "xếp", "kết", "thực", "nhận", "trao", "tặng", "nay", "qua", "liền", "khoảng", "gần",
        "ít", "nhất", "tổng", "số", "lượt", "mỗi", "các", "những", "toàn", "đề", "chuyển", "thành", "lập", "giải");

    public static readonly WordSet RangeJoiners = new("đến", "tới");

    public static readonly WordSet ChangeDirections = new("lên", "xuống");

    public static readonly WordSet ScaleWords = new("nghìn", "ngàn", "triệu", "tỷ", "tỉ");

    public static decimal ScaleOf(ReadOnlySpan<char> word) =>
        word.Equals("nghìn", StringComparison.OrdinalIgnoreCase) || word.Equals("ngàn", StringComparison.OrdinalIgnoreCase) ? 1_000m
        : word.Equals("triệu", StringComparison.OrdinalIgnoreCase) ? 1_000_000m
        : 1_000_000_000m;

    /// <summary>Bound words before a number and what they make of it.</summary>
    public static bool TryGetBound(ReadOnlySpan<char> phrase, out Exactness exactness)
    {
        exactness = phrase switch
        {
            _ when Is(phrase, "hơn") || Is(phrase, "trên") => Exactness.MoreThan,
            _ when Is(phrase, "ít nhất") || Is(phrase, "tối thiểu") || Is(phrase, "từ") => Exactness.AtLeast,
            _ when Is(phrase, "dưới") || Is(phrase, "chưa đến") || Is(phrase, "chưa tới") || Is(phrase, "không đến") => Exactness.LessThan,
            _ when Is(phrase, "tối đa") || Is(phrase, "không quá") => Exactness.AtMost,
            _ when Is(phrase, "khoảng") || Is(phrase, "gần") || Is(phrase, "xấp xỉ") || Is(phrase, "ước") || Is(phrase, "ước tính")
                || Is(phrase, "ước đạt") || Is(phrase, "chừng") || Is(phrase, "trên dưới") => Exactness.Approximately,
            _ => (Exactness)(-1),
        };
        return exactness >= 0;

        static bool Is(ReadOnlySpan<char> a, string b) => a.Equals(b, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A set of one- or two-word phrases, looked up by span without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(params string[] phrases)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            set.Add(phrase);
            set.Add(VietnameseToneStyle.ToClassic(phrase));
            set.Add(VietnameseToneStyle.ToModern(phrase));
        }

        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> phrase) => !phrase.IsEmpty && lookup.Contains(phrase);

    /// <summary>True when the last one or two words (<paramref name="second"/> being the nearer) form a phrase of the set.</summary>
    public bool ContainsEither(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Contains(second) || (!first.IsEmpty && !second.IsEmpty && ContainsPair(first, second));

    public bool ContainsPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        Span<char> buffer = stackalloc char[64];
        if (first.Length + second.Length + 1 > buffer.Length)
        {
            return false;
        }

        first.CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return lookup.Contains(buffer[..(first.Length + second.Length + 1)]);
    }
}
