namespace ReportLint.Numbers;

internal enum NumberWordKind : byte
{
    Digit,

    /// <summary><c>mười</c>: ten, standing alone.</summary>
    Ten,

    /// <summary><c>mươi</c>: the tens multiplier after a digit.</summary>
    Tens,

    Hundred,

    /// <summary><c>linh</c>, <c>lẻ</c>: an empty tens place.</summary>
    ZeroTens,

    Scale,
}

/// <summary>Spellings of a digit that are only right in some places.</summary>
internal enum DigitForm : byte
{
    Plain,

    /// <summary><c>không</c>.</summary>
    Zero,

    /// <summary><c>mốt</c>: one after <c>hai mươi</c> and above.</summary>
    OneAfterTens,

    /// <summary><c>tư</c>: four after tens or <c>linh</c>.</summary>
    Four,

    /// <summary><c>lăm</c>, <c>nhăm</c>: five after tens.</summary>
    FiveAfterTens,
}

internal readonly record struct NumberWord(NumberWordKind Kind, long Value, DigitForm Form)
{
    /// <summary>No word that starts a number is longer (<c>mười</c>, <c>chín</c>); longer words skip the lookup.</summary>
    public const int LongestStart = 4;

    private static readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Words = Build();

    public static bool TryGet(ReadOnlySpan<char> word, out NumberWord numberWord) => Words.TryGetValue(word, out numberWord);

    private static Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase)
        {
            ["không"] = new(NumberWordKind.Digit, 0, DigitForm.Zero),
            ["một"] = Digit(1),
            ["mốt"] = new(NumberWordKind.Digit, 1, DigitForm.OneAfterTens),
            ["hai"] = Digit(2),
            ["ba"] = Digit(3),
            ["bốn"] = Digit(4),
            ["tư"] = new(NumberWordKind.Digit, 4, DigitForm.Four),
            ["năm"] = Digit(5),
            ["lăm"] = new(NumberWordKind.Digit, 5, DigitForm.FiveAfterTens),
            ["nhăm"] = new(NumberWordKind.Digit, 5, DigitForm.FiveAfterTens),
            ["sáu"] = Digit(6),
            ["bảy"] = Digit(7),
            ["bẩy"] = Digit(7),
            ["tám"] = Digit(8),
            ["chín"] = Digit(9),
            ["mười"] = new(NumberWordKind.Ten, 10, DigitForm.Plain),
            ["mươi"] = new(NumberWordKind.Tens, 10, DigitForm.Plain),
            ["trăm"] = new(NumberWordKind.Hundred, 100, DigitForm.Plain),
            ["linh"] = new(NumberWordKind.ZeroTens, 0, DigitForm.Plain),
            ["lẻ"] = new(NumberWordKind.ZeroTens, 0, DigitForm.Plain),
            ["nghìn"] = Scale(1_000),
            ["ngàn"] = Scale(1_000),
            ["triệu"] = Scale(1_000_000),
            ["tỷ"] = Scale(1_000_000_000),
            ["tỉ"] = Scale(1_000_000_000),
        };
        return words.GetAlternateLookup<ReadOnlySpan<char>>();

        static NumberWord Digit(long value) => new(NumberWordKind.Digit, value, DigitForm.Plain);

        static NumberWord Scale(long value) => new(NumberWordKind.Scale, value, DigitForm.Plain);
    }
}
