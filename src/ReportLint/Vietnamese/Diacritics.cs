using System.Collections.Frozen;
using System.Text;

namespace ReportLint.Vietnamese;

/// <summary>Diacritic removal and the detection of Vietnamese typed without diacritics.</summary>
public static class Diacritics
{
    // Syllables that Vietnamese news prose often writes with no marks at all, because that is their
    // spelling (anh, tin, cho, trong): at least 1% of the occurrences of their diacritic-less form, in a
    // sample of 312,000 words of news. Anything else found unaccented (bai, nguoi, viet, cua) is far more
    // likely a word whose marks were never typed.
    private const string CommonPlainSyllableList =
        "agribank ai air ak alibaba an anh ao asiad atm axit ba ban bao bay bia bom ca cabin cai cam " +
        "campuchia camry can canh cao capita carina cay cha chai chang chanh che chi chia chim chinh cho chu " +
        "chui chung ciputra club coi colombia com con cu cung cup dab danh dao di do doanh du dubai dung duy " +
        "edu elena em eximbank ga gam ganh gas gateway ghen ghi gi gia giai giam gian giang giao girl glei " +
        "grace hai ham hay hi hinh hiv hoa hoan hoang hot hotgirl hung huy huynh hy ia ii im in infonet " +
        "innova interpol iphone kar keo khai khang khanh khe khen khi kho khoa khoan khoanh khu khum khung " +
        "khuya kia kim kinh kon la lai lam lan lang lao laptop lau lee leo lexus linh liu lo loa loan lom " +
        "long ly ma mai man mang manh mau may men mercedes methamphetamine mi micro mil minh mining miu " +
        "mobile mong moong mua na nai nam nay news nga ngang ngay nghe nghi ngoan nguy nhanh nhau nhi nhu " +
        "nhung ni ninh non nong oan oceanbank online pha phan phanh pharma phi phim phong plaza pleiku " +
        "prokoffva qua quan quang quanh quay quen quy ra ram rao rikvip ro roi run sa sai saigonbank sang sao " +
        "sau say sejco sen shop sinh sky so song stephany su sung suy ta tai tam tan tang tao tay test tha " +
        "thai tham than thang thanh thao thay theo thi tho thoong thu thua ti tim timothy tin tinh tisco to " +
        "toa toan tra trai trang tranh trao tray tre treo tri trinh trong trung truy tum tung tuy ty ubkt ung " +
        "uy va vai vang vay ven vi vietjet vietnamnet view vinashin vinasun vinh vip vission vnexpress vong " +
        "vov vua vui web world xa xanh xao xay xe xem xin xinh xo xoay xong xung ya yang yu zalo";

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
