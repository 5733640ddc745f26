using ReportLint.Numbers;
using static ReportLint.Tests.Numbers.ScanAssertions;

namespace ReportLint.Tests.Numbers;

/// <summary>The notable figures and traps of the seed drafts (seeds/EXPECTED.md), classified as a careful editor would.</summary>
public class SeedClassificationTests
{
    public static TheoryData<string> Seeds => new(Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Select(Path.GetFileName).OfType<string>());

    [Theory]
    // 000: identifiers, ordinals, years, dates and times.
    [InlineData("000_7b5bc75f89875018.txt", "hội nghị lần thứ 32", "32", NumberKind.Ordinal)]
    [InlineData("000_7b5bc75f89875018.txt", "5 năm liền 2015-2019", "5", NumberKind.Duration)]
    [InlineData("000_7b5bc75f89875018.txt", "5 năm liền 2015-2019", "2015", NumberKind.YearRange)]
    [InlineData("000_7b5bc75f89875018.txt", "Chiều 16/1/2020", "16", NumberKind.Date)]
    [InlineData("000_7b5bc75f89875018.txt", "Cập nhật lúc 17:40", "17", NumberKind.Time)]
    [InlineData("000_7b5bc75f89875018.txt", "16/01/2020 (GMT+7)", "7", NumberKind.Code)]
    [InlineData("000_7b5bc75f89875018.txt", "Trung ương 9, 10, 11", "9", NumberKind.Ordinal)]
    [InlineData("000_7b5bc75f89875018.txt", "Trung ương 9, 10, 11", "10", NumberKind.Ordinal)]
    [InlineData("000_7b5bc75f89875018.txt", "Trung ương 9, 10, 11", "11", NumberKind.Ordinal)]
    [InlineData("000_7b5bc75f89875018.txt", "(khóa XII)", "XII", NumberKind.Ordinal)]
    [InlineData("000_7b5bc75f89875018.txt", "Tung ương 4 (khóa XII)", "XII", NumberKind.Ordinal)]
    [InlineData("000_7b5bc75f89875018.txt", "Chỉ thị 05- CT/TW", "05", NumberKind.DocumentNumber)]
    [InlineData("000_7b5bc75f89875018.txt", "ngày 15/5/2016", "15", NumberKind.Date)]
    [InlineData("000_7b5bc75f89875018.txt", "năm 2019 và bàn", "2019", NumberKind.Year)]
    [InlineData("000_7b5bc75f89875018.txt", "(16,9%)", "16,9", NumberKind.Percentage)]
    [InlineData("000_7b5bc75f89875018.txt", "(64,62%)", "64,62", NumberKind.Percentage)]
    // 001
    [InlineData("001_a6fad28cec826af5.txt", "09:01, 17/01/2020", "09", NumberKind.Time)]
    [InlineData("001_a6fad28cec826af5.txt", "09:01, 17/01/2020", "17", NumberKind.Date)]
    [InlineData("001_a6fad28cec826af5.txt", "dưới 6 tháng", "6", NumberKind.Duration)]
    [InlineData("001_a6fad28cec826af5.txt", "(đạt 120,8% chỉ tiêu năm)", "120,8", NumberKind.Percentage)]
    [InlineData("001_a6fad28cec826af5.txt", "lần thứ XIII", "XIII", NumberKind.Ordinal)]
    [InlineData("001_a6fad28cec826af5.txt", "từ năm 2015 - 2019", "2015", NumberKind.YearRange)]
    // 002
    [InlineData("002_188b52fc802beca8.txt", "khóa IV, nhiệm kỳ 2020 - 2025", "IV", NumberKind.Ordinal)]
    [InlineData("002_188b52fc802beca8.txt", "khóa IV, nhiệm kỳ 2020 - 2025", "2020", NumberKind.YearRange)]
    [InlineData("002_188b52fc802beca8.txt", "nhiệm kỳ 2020 – 2025", "2020", NumberKind.YearRange)]
    [InlineData("002_188b52fc802beca8.txt", "Chiều ngày 23/1", "23", NumberKind.Date)]
    [InlineData("002_188b52fc802beca8.txt", "Đến hết năm 2023", "2023", NumberKind.Year)]
    [InlineData("002_188b52fc802beca8.txt", "đạt 85,2%", "85,2", NumberKind.Percentage)]
    [InlineData("002_188b52fc802beca8.txt", "đạt 117,3%", "117,3", NumberKind.Percentage)]
    [InlineData("002_188b52fc802beca8.txt", "11 người năm 2021", "2021", NumberKind.Year)]
    // 003
    [InlineData("003_940ae42d7ad1f538.txt", "09/12/2021", "09", NumberKind.Date)]
    [InlineData("003_940ae42d7ad1f538.txt", "Sáng nay (25/11)", "25", NumberKind.Date)]
    [InlineData("003_940ae42d7ad1f538.txt", "giai đoạn 2010-2020.", "2010", NumberKind.YearRange)]
    [InlineData("003_940ae42d7ad1f538.txt", "số 22-NQ/TW", "22", NumberKind.DocumentNumber)]
    [InlineData("003_940ae42d7ad1f538.txt", "ngày 2/2/2008", "2", NumberKind.Date)]
    [InlineData("003_940ae42d7ad1f538.txt", "Trong 10 năm qua", "10", NumberKind.Duration)]
    [InlineData("003_940ae42d7ad1f538.txt", "đạt từ 12 kỳ/năm", "12", NumberKind.Rate)]
    // 004
    [InlineData("004_2208739cb393ec74.txt", "06:20, Thứ Tư, 25/03/2020", "06", NumberKind.Time)]
    [InlineData("004_2208739cb393ec74.txt", "06:20, Thứ Tư, 25/03/2020", "25", NumberKind.Date)]
    [InlineData("004_2208739cb393ec74.txt", "Trong 5 năm qua", "5", NumberKind.Duration)]
    [InlineData("004_2208739cb393ec74.txt", "nhiệm kỳ 2015-2020", "2015", NumberKind.YearRange)]
    [InlineData("004_2208739cb393ec74.txt", "Chỉ thị số 05 của", "05", NumberKind.DocumentNumber)]
    internal void Classifies_the_notable_numbers(string seed, string quote, string number, NumberKind expected)
    {
        var text = ReadSeed(seed);
        var mention = MentionOf(text, NumberScanner.Default.Scan(text), quote, number);
        Assert.Equal(expected, mention.Kind);
    }

    [Theory]
    // 000: 65 = 21 + 44; the 300 are the level below.
    [InlineData("000_7b5bc75f89875018.txt", "có 65 tổ chức cơ sở Đảng với", "65", "tổ chức cơ sở đảng")]
    [InlineData("000_7b5bc75f89875018.txt", "với 21 Đảng bộ, 44", "21", "đảng bộ")]
    [InlineData("000_7b5bc75f89875018.txt", "44 chi bộ cơ sở, 300", "44", "chi bộ cơ sở")]
    [InlineData("000_7b5bc75f89875018.txt", "300 chi bộ trực thuộc Đảng bộ cơ sở", "300", "chi bộ trực thuộc")]
    [InlineData("000_7b5bc75f89875018.txt", "11/65 tổ chức cơ sở Đảng", "11", "tổ chức cơ sở đảng")]
    [InlineData("000_7b5bc75f89875018.txt", "12/65 tổ chức cơ sở đảng", "12", "tổ chức cơ sở đảng")]
    [InlineData("000_7b5bc75f89875018.txt", "cho 7 đảng viên :Hoàn", "7", "đảng viên")]
    [InlineData("000_7b5bc75f89875018.txt", "cho 3 chi bộ trực thuộc đảng bộ cơ sở", "3", "chi bộ trực thuộc")]
    // 001
    [InlineData("001_a6fad28cec826af5.txt", "66/68 TCCS Đảng", "66", "tổ chức cơ sở đảng")]
    [InlineData("001_a6fad28cec826af5.txt", "(02 TCCS Đảng mới", "02", "tổ chức cơ sở đảng")]
    [InlineData("001_a6fad28cec826af5.txt", "17/62 TCCS Đảng", "17", "tổ chức cơ sở đảng")]
    [InlineData("001_a6fad28cec826af5.txt", "là 17/58 tập thể", "17", "tập thể")]
    [InlineData("001_a6fad28cec826af5.txt", "có 2.607 đảng viên hoàn thành tốt", "2.607", "đảng viên")]
    [InlineData("001_a6fad28cec826af5.txt", "386 đảng viên hoàn thành xuất sắc", "386", "đảng viên")]
    [InlineData("001_a6fad28cec826af5.txt", "có 06 đảng viên không", "06", "đảng viên")]
    [InlineData("001_a6fad28cec826af5.txt", "kết nạp 145 đảng viên mới", "145", "đảng viên")]
    [InlineData("001_a6fad28cec826af5.txt", "cho 165 lượt đảng viên", "165", "lượt đảng viên")]
    [InlineData("001_a6fad28cec826af5.txt", "9 đảng viên đạt tiêu chuẩn", "9", "đảng viên")]
    // 002
    [InlineData("002_188b52fc802beca8.txt", "41 chi đảng bộ cơ sở, gồm", "41", "tổ chức cơ sở đảng")]
    [InlineData("002_188b52fc802beca8.txt", "13 đảng bộ cơ sở, 159", "13", "đảng bộ cơ sở")]
    [InlineData("002_188b52fc802beca8.txt", "159 chi bộ trực thuộc", "159", "chi bộ trực thuộc")]
    [InlineData("002_188b52fc802beca8.txt", "469/400 đảng viên", "469", "đảng viên")]
    [InlineData("002_188b52fc802beca8.txt", "86/101 bản có chi ủy", "86", "bản")]
    [InlineData("002_188b52fc802beca8.txt", "128 bản sáp nhập còn 101 bản", "128", "bản")]
    [InlineData("002_188b52fc802beca8.txt", "còn 101 bản, giảm 27 bản", "101", "bản")]
    [InlineData("002_188b52fc802beca8.txt", "giảm 27 bản", "27", "bản")]
    [InlineData("002_188b52fc802beca8.txt", "được 99 bản, 2 bản", "99", "bản")]
    [InlineData("002_188b52fc802beca8.txt", "được 99 bản, 2 bản", "2", "bản")]
    [InlineData("002_188b52fc802beca8.txt", "có 1 đảng bộ và 5 chi bộ", "1", "đảng bộ")]
    [InlineData("002_188b52fc802beca8.txt", "có 1 đảng bộ và 5 chi bộ", "5", "chi bộ")]
    [InlineData("002_188b52fc802beca8.txt", "32 chi, đảng bộ chiếm", "32", "tổ chức cơ sở đảng")]
    [InlineData("002_188b52fc802beca8.txt", "3 chi bộ cơ sở, chiếm 7,3%", "3", "chi bộ cơ sở")]
    [InlineData("002_188b52fc802beca8.txt", "tăng 17 chi, đảng bộ", "17", "tổ chức cơ sở đảng")]
    [InlineData("002_188b52fc802beca8.txt", "tổng số 4.014 đảng viên", "4.014", "đảng viên")]
    [InlineData("002_188b52fc802beca8.txt", "có 15,2% đảng viên", "15,2", "đảng viên")]
    // 003
    [InlineData("003_940ae42d7ad1f538.txt", "68 TCCSĐ với 4.374 đảng viên", "68", "tổ chức cơ sở đảng")]
    [InlineData("003_940ae42d7ad1f538.txt", "68 TCCSĐ với 4.374 đảng viên", "4.374", "đảng viên")]
    [InlineData("003_940ae42d7ad1f538.txt", "57/68 bí thư", "57", "bí thư")]
    [InlineData("003_940ae42d7ad1f538.txt", "8 tập thể, 14 cá nhân", "14", "cá nhân")]
    // 004
    [InlineData("004_2208739cb393ec74.txt", "65 tổ chức cơ sở đảng (TCCSĐ)", "65", "tổ chức cơ sở đảng")]
    [InlineData("004_2208739cb393ec74.txt", "gồm 44 chi bộ cơ sở, 21", "44", "chi bộ cơ sở")]
    [InlineData("004_2208739cb393ec74.txt", "21 đảng bộ cơ sở với 300", "21", "đảng bộ cơ sở")]
    [InlineData("004_2208739cb393ec74.txt", "300 chi bộ trực thuộc đảng bộ cơ sở. ", "300", "chi bộ trực thuộc")]
    [InlineData("004_2208739cb393ec74.txt", "14/14 xã", "14", "xã")]
    [InlineData("004_2208739cb393ec74.txt", "đối với 96 thôn", "96", "thôn")]
    [InlineData("004_2208739cb393ec74.txt", "đối với 24 thôn", "24", "thôn")]
    [InlineData("004_2208739cb393ec74.txt", "giải thể 2 đảng bộ", "2", "đảng bộ")]
    public void Finds_the_quantities_with_their_units(string seed, string quote, string number, string unit)
    {
        var text = ReadSeed(seed);
        var mention = MentionOf(text, NumberScanner.Default.Scan(text), quote, number);
        Assert.True(mention.IsExact, mention.ToString());
        Assert.Equal(unit, mention.Unit?.Definition?.Name);
    }

    [Theory]
    [InlineData("001_a6fad28cec826af5.txt", "62/66 TCCS Đảng đạt hoàn thành tốt nhiệm vụ;", "62", "66")]
    [InlineData("002_188b52fc802beca8.txt", "86/101 bản", "86", "101")]
    [InlineData("001_a6fad28cec826af5.txt", "04/66 TCCS", "04", "66")]
    public void Fractions_in_the_seeds(string seed, string quote, string numerator, string denominator)
    {
        var text = ReadSeed(seed);
        var mention = MentionOf(text, NumberScanner.Default.Scan(text), quote, numerator);
        Assert.Equal((NumberKind.Fraction, denominator), (mention.Kind, mention.Denominator?.Text));
    }

    [Theory]
    [InlineData("000_7b5bc75f89875018.txt", "phát triển từ 100 đảng viên mới trở lên", "100", Exactness.AtLeast)]
    [InlineData("003_940ae42d7ad1f538.txt", "kết nạp hơn 1.800 đảng viên", "1.800", Exactness.MoreThan)]
    [InlineData("003_940ae42d7ad1f538.txt", "đạt từ 120 đảng viên mới", "120", Exactness.AtLeast)]
    internal void Bounds_in_the_seeds(string seed, string quote, string number, Exactness expected)
    {
        var text = ReadSeed(seed);
        Assert.Equal(expected, MentionOf(text, NumberScanner.Default.Scan(text), quote, number).Exactness);
    }

    [Theory]
    [InlineData("000_7b5bc75f89875018.txt", "có từ 80-90% đảng viên", "80", "90")]
    [InlineData("000_7b5bc75f89875018.txt", "có từ 15-20% hoàn thành", "15", "20")]
    [InlineData("003_940ae42d7ad1f538.txt", "đạt từ 80% đến 100%", "80", "100")]
    public void Ranges_in_the_seeds(string seed, string quote, string low, string high)
    {
        var text = ReadSeed(seed);
        var mention = MentionOf(text, NumberScanner.Default.Scan(text), quote, low);
        Assert.Equal((NumberKind.Percentage, high), (mention.Kind, mention.RangeEnd?.Text));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_digit_of_a_seed_is_classified(string seed)
    {
        var text = ReadSeed(seed);
        var mentions = NumberScanner.Default.Scan(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                Assert.True(mentions.Any(m => m.Span.Start <= i && i < m.Span.End), $"No mention at {i}: …{text[Math.Max(0, i - 20)..Math.Min(text.Length, i + 20)]}…");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_year_date_or_name_is_taken_for_a_quantity(string seed)
    {
        var text = ReadSeed(seed);
        var suspicious = NumberScanner.Default.Scan(text)
            .Where(m => m.IsQuantity && m.Number.Text.Length == 4 && m.Number.Decimals == 0 && m.Number.Value is >= 1900 and <= 2100);
        Assert.Empty(suspicious);
    }
}
