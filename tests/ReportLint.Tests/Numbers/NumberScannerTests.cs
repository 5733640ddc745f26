using ReportLint.Numbers;
using static ReportLint.Tests.Numbers.ScanAssertions;

namespace ReportLint.Tests.Numbers;

public class NumberScannerTests
{
    [Theory]
    [InlineData("Toàn huyện có 4.014 đảng viên.", "4.014", 4014, 0, "đảng viên")]
    [InlineData("Xã có 06 đảng viên không hoàn thành nhiệm vụ.", "06", 6, 0, "đảng viên")]
    [InlineData("Tổng thu ngân sách đạt 12,6 tỷ đồng.", "12,6", 12.6, 1, "tỷ đồng")]
    [InlineData("Hội đã giải ngân 58,4 triệu đồng cho hội viên.", "58,4", 58.4, 1, "triệu đồng")]
    [InlineData("Huyện có hai đảng bộ và ba mươi lăm chi bộ.", "hai", 2, 0, "đảng bộ")]
    [InlineData("Huyện có hai đảng bộ và ba mươi lăm chi bộ.", "ba mươi lăm", 35, 0, "chi bộ")]
    [InlineData("Xã có một trăm linh năm hộ nghèo.", "một trăm linh năm", 105, 0, "hộ nghèo")]
    [InlineData("Năm nay có mười học sinh giỏi.", "mười", 10, 0, "học sinh")]
    [InlineData("Toàn tỉnh có 1.245.300 người tham gia BHYT, đạt 92,4%.", "1.245.300", 1245300, 0, "người tham gia bhyt")]
    [InlineData("Hội Nông dân xã kết nạp 125 hội viên mới.", "125", 125, 0, "hội viên")]
    [InlineData("Huyện đoàn có 38 cơ sở đoàn với 2.150 đoàn viên.", "38", 38, 0, "cơ sở đoàn")]
    [InlineData("Huyện đoàn có 38 cơ sở đoàn với 2.150 đoàn viên.", "2.150", 2150, 0, "đoàn viên")]
    [InlineData("Có 14 trường đạt chuẩn quốc gia.", "14", 14, 0, "trường")]
    [InlineData("Toàn huyện còn 312 hộ nghèo, giảm 85 hộ.", "312", 312, 0, "hộ nghèo")]
    [InlineData("Toàn huyện còn 312 hộ nghèo, giảm 85 hộ.", "85", 85, 0, "hộ")]
    [InlineData("Xây dựng 5ha lúa chất lượng cao.", "5", 5, 0, "ha")]
    [InlineData("thu giữ 50kg ma tuý tổng hợp", "50", 50, 0, "kg")]
    [InlineData("nhà tù Estremera, cách thủ đô Madrid 75 km về hướng đông nam", "75", 75, 0, "km")]
    public void Quantities_keep_value_precision_and_unit(string text, string number, double value, int decimals, string unit)
    {
        var mention = Single(text, number);
        Assert.True(mention.IsQuantity, mention.ToString());
        Assert.True(mention.IsExact, mention.ToString());
        Assert.Equal(number, mention.Number.Text);
        Assert.Equal((decimal)value, mention.Number.Value);
        Assert.Equal(decimals, mention.Number.Decimals);
        Assert.Equal(unit, mention.Unit?.Definition?.Name);
    }

    [Fact]
    public void Money_is_money_and_knows_its_amount_in_dong()
    {
        var mention = Single("tăng 1,8 tỷ đồng so với năm 2023 (10,9 tỷ đồng)", "1,8");
        Assert.Equal(NumberKind.Money, mention.Kind);
        Assert.Equal(1_800_000_000m, mention.BaseValue);
        var millions = Single("hỗ trợ 1,2 triệu người lao động", "1,2");
        Assert.Equal(1_000_000m, millions.Multiplier);
        Assert.Equal("người", millions.Unit?.Definition?.Name);
    }

    [Theory]
    [InlineData("62/66 TCCS Đảng đạt hoàn thành tốt nhiệm vụ", "62", "66", "tổ chức cơ sở đảng", "TCCS Đảng")]
    [InlineData("hoàn thành tốt nhiệm vụ là 37/58 tập thể;", "37", "58", "tập thể", "tập thể")]
    [InlineData("có 2.662/2.748 đảng viên đã kiểm điểm", "2.662", "2.748", "đảng viên", "đảng viên")]
    [InlineData("Đã bố trí 14/14 xã công an chính quy", "14", "14", "xã", "xã công an chính quy")]
    [InlineData("kết nạp 8/10 đảng viên trong doanh nghiệp", "8", "10", "đảng viên", "đảng viên")]
    [InlineData("có 04/66 TCCS Đảng hoàn thành nhiệm vụ", "04", "66", "tổ chức cơ sở đảng", "TCCS Đảng")]
    [InlineData("Có 245/260 chi hội nông dân đạt vững mạnh", "245", "260", "chi hội", "chi hội nông dân")]
    public void Fractions_keep_numerator_denominator_and_a_bounded_unit(string text, string numerator, string denominator, string unit, string phrase)
    {
        var mention = Single(text, numerator);
        Assert.Equal(NumberKind.Fraction, mention.Kind);
        Assert.Equal(numerator, mention.Number.Text);
        Assert.Equal(denominator, mention.Denominator?.Text);
        Assert.Equal(unit, mention.Unit?.Definition?.Name);
        Assert.Equal(phrase, mention.Unit?.Text);
    }

    [Theory]
    [InlineData("đạt 85,2%", "85,2", 85.2, 1)]
    [InlineData("(64,62%)", "64,62", 64.62, 2)]
    [InlineData("tỷ lệ hộ nghèo còn 2,47 %", "2,47", 2.47, 2)]
    [InlineData("chiếm 15 phần trăm", "15", 15, 0)]
    [InlineData("có 1% không hoàn thành nhiệm vụ", "1", 1, 0)]
    public void Percentages(string text, string number, double value, int decimals)
    {
        var mention = Single(text, number);
        Assert.Equal(NumberKind.Percentage, mention.Kind);
        Assert.Equal((decimal)value, mention.Number.Value);
        Assert.Equal(decimals, mention.Number.Decimals);
        Assert.True(mention.IsExact);
    }

    [Theory]
    [InlineData("có từ 80-90% đảng viên hoàn thành tốt", "80", "90", NumberKind.Percentage)]
    [InlineData("có từ 15 đến 20% hoàn thành xuất sắc", "15", "20", NumberKind.Percentage)]
    [InlineData("tỷ lệ đạt từ 80% đến 100%", "80", "100", NumberKind.Percentage)]
    [InlineData("mỗi xã có 3 - 5 hợp tác xã", "3", "5", NumberKind.Count)]
    [InlineData("từ 15 tới 20 thôn", "15", "20", NumberKind.Count)]
    internal void Ranges_are_not_exact(string text, string low, string high, NumberKind kind)
    {
        var mention = Single(text, low);
        Assert.Equal(kind, mention.Kind);
        Assert.Equal(high, mention.RangeEnd?.Text);
        Assert.False(mention.IsExact);
    }

    [Theory]
    [InlineData("kết nạp hơn 1.800 đảng viên", "1.800", Exactness.MoreThan)]
    [InlineData("trên 80% hộ dân", "80", Exactness.MoreThan)]
    [InlineData("gần 500 hội viên", "500", Exactness.Approximately)]
    [InlineData("khoảng 1,2 tỷ đồng", "1,2", Exactness.Approximately)]
    [InlineData("ít nhất 95% học sinh", "95", Exactness.AtLeast)]
    [InlineData("phát triển từ 100 đảng viên mới trở lên", "100", Exactness.AtLeast)]
    [InlineData("đảng viên hoàn thành tốt nhiệm vụ trở lên đạt từ 90%", "90", Exactness.AtLeast)]
    [InlineData("kết nạp đảng đạt từ 120 đảng viên mới", "120", Exactness.AtLeast)]
    [InlineData("không quá 3% hộ nghèo", "3", Exactness.AtMost)]
    [InlineData("giảm từ 3,12% xuống còn 2,47%", "3,12", Exactness.Exact)]
    [InlineData("tăng từ 10,9 tỷ đồng lên 12,6 tỷ đồng", "10,9", Exactness.Exact)]
    internal void Bounds_are_not_exact_values(string text, string number, Exactness expected)
    {
        var mention = Single(text, number);
        Assert.True(mention.IsQuantity, mention.ToString());
        Assert.Equal(expected, mention.Exactness);
        Assert.Equal(expected == Exactness.Exact, mention.IsExact);
    }

    [Fact]
    public void A_bound_belongs_to_the_mention_span()
    {
        const string text = "kết nạp hơn 1.800 đảng viên (vượt chỉ tiêu)";
        var mention = Single(text, "1.800");
        Assert.Equal("hơn 1.800 đảng viên", text[mention.Span.Start..mention.Span.End]);
    }

    [Theory]
    [InlineData("tổng kết năm 2019 và phương hướng", "2019", NumberKind.Year)]
    [InlineData("Năm 2020, Huyện ủy đặt ra", "2020", NumberKind.Year)]
    [InlineData("tiêu biểu 5 năm liền 2015-2019”", "2015", NumberKind.YearRange)]
    [InlineData("giai đoạn 2010-2020.", "2010", NumberKind.YearRange)]
    [InlineData("nhiệm kỳ 2020 - 2025 về", "2020", NumberKind.YearRange)]
    [InlineData("nhiệm kỳ 2020 – 2025 về", "2020", NumberKind.YearRange)]
    [InlineData("năm học 2023/2024", "2023", NumberKind.YearRange)]
    [InlineData("Chiều 16/1/2020, Huyện ủy", "16", NumberKind.Date)]
    [InlineData("Chiều ngày 23/1, Thường trực", "23", NumberKind.Date)]
    [InlineData("Sáng nay (25/11), Đảng ủy", "25", NumberKind.Date)]
    [InlineData("đến hết tháng 6/2024", "6", NumberKind.Date)]
    [InlineData("Cập nhật lúc 17:40, Thứ Năm", "17", NumberKind.Time)]
    [InlineData("09:01, 17/01/2020", "09", NumberKind.Time)]
    [InlineData("khai mạc lúc 7h30 sáng", "7", NumberKind.Time)]
    [InlineData("Nghị quyết số 22-NQ/TW, ngày 2/2/2008", "22", NumberKind.DocumentNumber)]
    [InlineData("Chỉ thị 05-CT/TW ngày 15/5/2016", "05", NumberKind.DocumentNumber)]
    [InlineData("Chỉ thị 05- CT/TW ngày 15/5/2016", "05", NumberKind.DocumentNumber)]
    [InlineData("theo Nghị định 30/2020/NĐ-CP của Chính phủ", "30", NumberKind.DocumentNumber)]
    [InlineData("Quyết định số 1234/QĐ-UBND", "1234", NumberKind.DocumentNumber)]
    [InlineData("thực hiện Chỉ thị số 05 của Bộ Chính trị", "05", NumberKind.DocumentNumber)]
    [InlineData("Nghị quyết Trung ương 4 (khóa XII)", "4", NumberKind.Ordinal)]
    [InlineData("hội nghị lần thứ 32 nhằm tổng kết", "32", NumberKind.Ordinal)]
    [InlineData("theo Điều 3 của Luật", "3", NumberKind.Ordinal)]
    [InlineData("sinh hoạt tại tổ 5 thị trấn", "5", NumberKind.Ordinal)]
    [InlineData("trong 10 năm qua", "10", NumberKind.Duration)]
    [InlineData("mới thành lập dưới 6 tháng không xếp loại", "6", NumberKind.Duration)]
    [InlineData("hoàn thành xuất sắc nhiệm vụ 5 năm liền", "5", NumberKind.Duration)]
    [InlineData("đạt từ 12 kỳ/năm", "12", NumberKind.Rate)]
    [InlineData("sinh hoạt 2 lần/tháng", "2", NumberKind.Rate)]
    [InlineData("16/01/2020 (GMT+7)", "7", NumberKind.Code)]
    [InlineData("Liên hệ điện thoại 0263 3822 123", "0263", NumberKind.Code)]
    [InlineData("đường dây nóng 0912.345.678", "0912", NumberKind.Code)]
    [InlineData("phòng chống dịch COVID-19 và cúm H5N1", "19", NumberKind.Code)]
    [InlineData("cuộc cách mạng công nghiệp 4.0", "4", NumberKind.Code)]
    [InlineData("chiếc máy bay Boeing 737 hạ cánh", "737", NumberKind.Code)]
    [InlineData("sản lượng cao nhất là 90,04 triệu kWh (24-4), tăng 10,98%", "24", NumberKind.Date)]
    [InlineData("đội bóng rổ thắng 85-74 trên sân khách", "85", NumberKind.Code)]
    internal void What_is_not_a_quantity(string text, string number, NumberKind expected)
    {
        var mention = Single(text, number);
        Assert.Equal(expected, mention.Kind);
        Assert.False(mention.IsQuantity, mention.ToString());
    }

    [Fact]
    public void An_ordinal_list_stays_ordinal()
    {
        const string text = "học tập Nghị quyết Trung ương 9, 10, 11 (khóa XII); và 3 đảng bộ";
        var mentions = NumberScanner.Default.Scan(text);
        Assert.All(["9", "10", "11"], n => Assert.Equal(NumberKind.Ordinal, MentionOf(text, mentions, text, n).Kind));
        var roman = MentionOf(text, mentions, text, "XII");
        Assert.Equal((NumberKind.Ordinal, NumberNotation.Roman, 12m), (roman.Kind, roman.Number.Notation, roman.Number.Value));
        Assert.Equal(NumberKind.Count, MentionOf(text, mentions, "và 3 đảng bộ", "3").Kind);
    }

    [Fact]
    public void A_year_list_does_not_swallow_the_next_count()
    {
        const string text = "năm 2019,  9 đảng viên đạt tiêu chuẩn";
        Assert.Equal(NumberKind.Count, Single(text, "9", quote: "9 đảng viên").Kind);
    }

    [Theory]
    [InlineData("có 2.607 đảng viên hoàn thành tốt nhiệm vụ", "2.607", "đảng viên")]
    [InlineData("kết nạp 145 đảng viên mới (đạt 120,8% chỉ tiêu năm)", "145", "đảng viên mới")]
    [InlineData("với tổng số 128 bản sáp nhập còn 101 bản", "128", "bản sáp nhập")]
    [InlineData("gồm 44 chi bộ cơ sở, 21 đảng bộ cơ sở với 300 chi bộ", "44", "chi bộ cơ sở")]
    [InlineData("nâng 1 chi bộ Khối Doanh nghiệp thành Đảng bộ", "1", "chi bộ")]
    [InlineData("có 17 TCCS Đảng đạt tiêu chuẩn", "17", "TCCS Đảng")]
    [InlineData("thành lập 16 chi bộ cơ sở trực thuộc Huyện ủy", "16", "chi bộ cơ sở trực thuộc")]
    [InlineData("có 5 chi hội và 12 tổ hội", "5", "chi hội")]
    [InlineData("hỗ trợ 25 hộ nghèo xây nhà", "25", "hộ nghèo xây nhà")]
    public void Unit_phrases_stop_at_verbs_function_words_names_and_punctuation(string text, string number, string phrase) =>
        Assert.Equal(phrase, Single(text, number).Unit?.Text);

    [Fact]
    public void Words_that_look_like_numbers_are_not_numbers_without_a_unit()
    {
        var mentions = NumberScanner.Default.Scan("Năm nay, một số chi bộ tư tưởng chưa vững; mười năm qua ba mẹ con.");
        Assert.DoesNotContain(mentions, m => m.IsQuantity);
    }

    [Fact]
    public void Every_digit_is_covered_by_a_mention()
    {
        const string text = "Ngày 2/2/2008, 4.374 đảng viên; GMT+7; 17:40; 05- CT/TW; 30/2020/NĐ-CP; 0263 3822 123; H5N1; 4.0; 80-90%.";
        var mentions = NumberScanner.Default.Scan(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                Assert.Contains(mentions, m => m.Span.Start <= i && i < m.Span.End);
            }
        }
    }
}

public class NumberScannerOtherSubjectsTests
{
    [Theory]
    [InlineData("Năm 2023, toàn tỉnh có 1.245.300 người tham gia BHYT, đạt 92,4% dân số, tăng 2,1 điểm phần trăm so với năm 2022.",
        "1.245.300:Count:người tham gia bhyt|92,4:Percentage:|2,1:Count:điểm phần trăm|2023:Year:|2022:Year:")]
    [InlineData("Tỷ lệ hộ nghèo giảm từ 3,12% xuống còn 2,47%, giảm 0,65 điểm phần trăm; còn 312 hộ nghèo và 158 hộ cận nghèo.",
        "3,12:Percentage:|2,47:Percentage:|0,65:Count:điểm phần trăm|312:Count:hộ nghèo|158:Count:hộ cận nghèo")]
    [InlineData("Thu ngân sách đạt 12,6 tỷ đồng, tăng 1,8 tỷ đồng so với năm 2023 (10,9 tỷ đồng), tăng 15,6%.",
        "12,6:Money:tỷ đồng|1,8:Money:tỷ đồng|10,9:Money:tỷ đồng|15,6:Percentage:|2023:Year:")]
    [InlineData("Hội Nông dân huyện có 12 cơ sở hội, 98 chi hội với 8.450 hội viên; 1.230 hộ sản xuất, kinh doanh giỏi.",
        "12:Count:cơ sở hội|98:Count:chi hội|8.450:Count:hội viên|1.230:Count:hộ nông dân")]
    [InlineData("Huyện đoàn có 25 cơ sở đoàn, 210 chi đoàn với 3.120 đoàn viên thanh niên; kết nạp 415 đoàn viên mới.",
        "25:Count:cơ sở đoàn|210:Count:chi đoàn|3.120:Count:đoàn viên|415:Count:đoàn viên")]
    [InlineData("Toàn huyện có 45 trường học, trong đó 30 trường đạt chuẩn quốc gia, 12.450 học sinh; điểm chuẩn lớp 10 năm học 2024-2025.",
        "45:Count:trường|30:Count:trường|12.450:Count:học sinh|10:Ordinal:|2024:YearRange:")]
    [InlineData("Kỳ họp thứ 12 HĐND huyện khóa XX thông qua 8 nghị quyết; Quyết định số 2345/QĐ-UBND ngày 12/10/2024.",
        "12:Ordinal:|XX:Ordinal:|8:Count:|2345:DocumentNumber:|12/10:Date:")]
    public void Reports_on_other_subjects(string text, string expected)
    {
        var mentions = NumberScanner.Default.Scan(text);
        foreach (var item in expected.Split('|'))
        {
            var parts = item.Split(':');
            var number = parts[0].Split('/')[0];
            var mention = ScanAssertions.MentionOf(text, mentions, parts[0], number);
            Assert.Equal(Enum.Parse<NumberKind>(parts[1]), mention.Kind);
            Assert.Equal(parts[2], mention.Unit?.Definition?.Name ?? "");
        }
    }
}
