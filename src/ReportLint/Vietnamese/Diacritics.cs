using System.Collections.Frozen;
using System.Text;

namespace ReportLint.Vietnamese;

/// <summary>Diacritic removal and the detection of Vietnamese typed without diacritics.</summary>
internal static class Diacritics
{
    // Syllables that Vietnamese news prose often writes with no marks at all, because that is their
    // spelling (anh, tin, cho, trong): at least 1% of the occurrences of their diacritic-less form, in a
    // sample of 312,000 words of news. Anything else found unaccented (bai, nguoi, viet, cua) is far more
    // likely a word whose marks were never typed.
    private const string CommonPlainSyllableList =
        "ai an anh ao ba ban bao bay bia bom ca cai cam can canh cao cay cha chai chang chanh che chi chia " +
        "chim chinh cho chu chui chung coi com con cu cung danh dao di do doanh du dung duy em ga gam ganh " +
        "ghen ghi gi gia giai giam gian giang giao hai ham hay hi hinh hoa hoan hoang hung huy huynh hy ia im " +
        "in keo khai khang khanh khe khen khi kho khoa khoan khoanh khu khum khung khuya kia kim kinh la lai " +
        "lam lan lang lao lau leo linh liu lo loa loan lom long ly ma mai man mang manh mau may men mi minh " +
        "miu mong moong mua na nai nam nay nga ngang ngay nghe nghi ngoan nguy nhanh nhau nhi nhu nhung ni " +
        "ninh non nong oan pha phan phanh phi phim phong qua quan quang quanh quay quen quy ra ram rao ro roi " +
        "run sa sai sang sao sau say sen sinh so song su sung suy ta tai tam tan tang tao tay tha thai tham " +
        "than thang thanh thao thay theo thi tho thoong thu thua ti tim tin tinh to toa toan tra trai trang " +
        "tranh trao tray tre treo tri trinh trong trung truy tum tung tuy ty ung uy va vai vang vay ven vi " +
        "vinh vong vua vui xa xanh xao xay xe xem xin xinh xo xoay xong xung";

    private static readonly FrozenSet<string> CommonPlainSyllables =
        CommonPlainSyllableList.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonPlainLookup =
        CommonPlainSyllables.GetAlternateLookup<ReadOnlySpan<char>>();

    // Short English words that are also Vietnamese syllables once stripped (the → thế, to → tô): in
    // a Vietnamese draft they are far more often English than unaccented Vietnamese.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup =
        ("a an and as at be but by do go he hi i if in is it me my no of oh ok on or so the to up us we " +
        "can did get got had has her him his how its let man may new not now one our out say see she " +
        "that then them they this was who why yes you day way use").Split(' ')
        .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> StrippedSyllables =
        new(() => BuildStrippedSyllables().GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary><c>Đảng</c> → <c>Dang</c>: removes tones, vowel marks and the bar of đ, keeping case; drops stray combining marks.</summary>
    public static string Strip(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (VietnameseLetters.TryDecompose(c, out var baseLower, out _, out var upper))
            {
                var ascii = VietnameseLetters.ToAscii(baseLower);
                builder.Append(upper ? char.ToUpperInvariant(ascii) : ascii);
            }
            else if (!IsCombiningMark(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True if any letter carries a tone, a vowel mark or is đ (precomposed or as a combining mark).</summary>
    public static bool HasVietnameseDiacritics(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F && (IsCombiningMark(c) || VietnameseLetters.IsLetter(c)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for an ASCII word (any case) that is a Vietnamese syllable with its marks removed
    /// (<c>anh</c>, <c>tin</c>, <c>bai</c>, <c>nguoi</c>, <c>viet</c>) and not a common short English word.
    /// Names (<c>Anh</c>, <c>Minh</c>) pass too: the caller judges capitalization.
    /// </summary>
    public static bool LooksLikeUnaccentedVietnamese(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[VietnameseSyllable.MaxLength];
        return TryLowerAscii(word, lower, out var length)
            && StrippedSyllables.Value.Contains(lower[..length])
            && !EnglishLookup.Contains(lower[..length]);
    }

    /// <summary>
    /// True when a word that <see cref="LooksLikeUnaccentedVietnamese"/> is nonetheless a common
    /// spelling as it stands (<c>anh</c>, <c>tin</c>, <c>cho</c>); false for forms that real text
    /// almost never leaves unmarked (<c>bai</c>, <c>nguoi</c>). A run of unaccented syllables made
    /// only of common plain ones (<c>trong khi anh</c>) is ordinary prose, not a missing-diacritics slip.
    /// </summary>
    public static bool IsCommonWithoutDiacritics(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[VietnameseSyllable.MaxLength];
        return TryLowerAscii(word, lower, out var length) && CommonPlainLookup.Contains(lower[..length]);
    }

    internal static IEnumerable<string> CommonPlainSyllablesForTests => CommonPlainSyllables;

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static bool TryLowerAscii(ReadOnlySpan<char> word, Span<char> lower, out int length)
    {
        length = word.Length;
        if (word.IsEmpty || word.Length > lower.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsAsciiLetter(word[i]))
            {
                return false;
            }

            lower[i] = char.ToLowerInvariant(word[i]);
        }

        return true;
    }

    /// <summary>
    /// Every valid syllable with its marks removed, found by trying each tone on each letter of each
    /// onset + rhyme spelling: a few thousand strings, built once.
    /// </summary>
    private static FrozenSet<string> BuildStrippedSyllables()
    {
        string[] onsets = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];
        var stripped = new HashSet<string>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[VietnameseSyllable.MaxLength];
        foreach (var onset in onsets)
        {
            foreach (var rhyme in VietnameseRhymes.All)
            {
                var spelling = onset + rhyme;
                if (spelling.Length > buffer.Length || !CanCarrySomeTone(spelling, buffer))
                {
                    continue;
                }

                stripped.Add(Strip(spelling));
            }
        }

        return stripped.ToFrozenSet(StringComparer.Ordinal);
    }

    private static bool CanCarrySomeTone(string spelling, Span<char> buffer)
    {
        if (VietnameseSyllable.IsValid(spelling))
        {
            return true;
        }

        var candidate = buffer[..spelling.Length];
        for (var position = 0; position < spelling.Length; position++)
        {
            foreach (var tone in (ReadOnlySpan<VietnameseTone>)[VietnameseTone.Sac, VietnameseTone.Nang])
            {
                spelling.CopyTo(candidate);
                candidate[position] = VietnameseLetters.Compose(spelling[position], tone, upper: false);
                if (VietnameseSyllable.IsValid(candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
