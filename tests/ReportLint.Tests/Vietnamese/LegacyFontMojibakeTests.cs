using ReportLint.Vietnamese;

namespace ReportLint.Tests.Vietnamese;

public sealed class LegacyFontMojibakeTests
{
    private static readonly string[] SeedSentences =
    [
        "Đức Trọng phấn đấu phát triển từ 100 đảng viên mới trở lên",
        "Chiều 16/1/2020, Huyện ủy Đức Trọng đã tổ chức hội nghị lần thứ 32 nhằm tổng kết công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2019.",
        "Đảng uỷ Khối kết nạp 145 đảng viên mới (đạt 120,8% chỉ tiêu năm); xét chuyển đảng chính thức cho 132 đồng chí đảng viên dự bị.",
        "trao giấy khen cho 3 tổ chức cơ sở Đảng đạt tiêu chuẩn “Trong sạch, vững mạnh, tiêu biểu năm 2019”",
        "Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng; những người được khuyến khích.",
    ];

    public static IEnumerable<object[]> SeedSentencesInEveryEncoding =>
        from sentence in SeedSentences
        from encoding in Enum.GetValues<LegacyEncoding>()
        select new object[] { sentence, encoding };

    [Fact]
    public void The_written_out_Windows_1252_characters_are_the_code_page_s()
    {
        var fromCodePage = new string([.. LegacyEncodingTables.Windows1252Bytes.OrderBy(pair => pair.Value).Select(pair => pair.Key)]);
        Assert.Equal(LegacyEncodingTables.Windows1252HighCharacters, fromCodePage);
    }

    [Theory]
    [InlineData("§¶ng", LegacyEncoding.Tcvn3, "Đảng")]
    [InlineData("Ñaûng", LegacyEncoding.Vni, "Đảng")]
    [InlineData("Äáº£ng", LegacyEncoding.Utf8AsWindows1252, "Đảng")]
    internal void Repairs_the_textbook_examples(string garbled, LegacyEncoding encoding, string expected)
    {
        var span = Assert.Single(LegacyFontMojibake.Scan("Xây dựng " + garbled + " vững mạnh"));
        Assert.Equal(encoding, span.Encoding);
        Assert.Equal(expected, span.Repaired.Normalize());
    }

    [Theory]
    [MemberData(nameof(SeedSentencesInEveryEncoding))]
    internal void Round_trips_real_sentences(string sentence, LegacyEncoding encoding)
    {
        var garbled = LegacyFontMojibake.Garble(sentence, encoding);
        Assert.NotEqual(sentence, garbled);

        var spans = LegacyFontMojibake.Scan(garbled);
        Assert.True(spans.Count == 1, $"{garbled}\n{string.Join("\n", spans)}");
        var span = spans[0];
        Assert.Equal(encoding, span.Encoding);
        var repaired = garbled[..span.Start] + span.Repaired + garbled[(span.Start + span.Length)..];
        // TCVN3 has no codes for toned capitals (a capitals font draws the small letters), so Ủ comes back as ủ.
        Assert.Equal(sentence, repaired, ignoreCase: encoding == LegacyEncoding.Tcvn3);
    }

    [Theory]
    [InlineData("Kích thước hạt 5 µm, nhiệt độ 30°C, chất lượng đạt chuẩn.")]
    [InlineData("Microsoft® Word © 2024 – giấy phép số 12 «Báo Lâm Đồng»")]
    [InlineData("Le café est très apprécié à Paris, déjà au début de l'été.")]
    [InlineData("The naïve coöperation of the résumé façade.")]
    [InlineData("Chiều 16/1/2020, Huyện ủy Đức Trọng đã tổ chức hội nghị, là cá nhân và tập thể.")]
    [InlineData("µ ® « © ° ± ¶ § — isolated symbols")]
    public void Stays_silent_on_clean_text(string text) => Assert.Empty(LegacyFontMojibake.Scan(text));

    [SeedFact]
    public void Stays_silent_on_the_seeds()
    {
        foreach (var file in SharedTexts.Files(SharedTexts.SeedFolder, "*.txt"))
        {
            Assert.Empty(LegacyFontMojibake.Scan(File.ReadAllText(file)));
        }
    }

    [CorpusFact]
    public void Stays_silent_on_the_news_corpus()
    {
        var found = SharedTexts.Files(SharedTexts.CorpusFolder, "*.md")
            .SelectMany(file => LegacyFontMojibake.Scan(File.ReadAllText(file).Normalize()).Select(span => (file, span)))
            .ToArray();
        Assert.True(found.Length == 0, string.Join("\n", found.Select(f => $"{Path.GetFileName(f.file)}: {f.span}")));
    }
}
