using ReportLint.Vietnamese;

namespace ReportLint.Tests.Vietnamese;

public sealed class VietnameseSyllableTests
{
    [Theory]
    [InlineData("nghiêng", "ngh", "", "iê", "ng", VietnameseTone.Ngang)]
    [InlineData("quyết", "q", "u", "yê", "t", VietnameseTone.Sac)]
    [InlineData("quả", "q", "u", "a", "", VietnameseTone.Hoi)]
    [InlineData("gìn", "g", "", "i", "n", VietnameseTone.Huyen)]
    [InlineData("giữa", "gi", "", "ưa", "", VietnameseTone.Nga)]
    [InlineData("giếng", "g", "", "iê", "ng", VietnameseTone.Sac)]
    [InlineData("hoàn", "h", "o", "a", "n", VietnameseTone.Huyen)]
    [InlineData("khuỷu", "kh", "u", "y", "u", VietnameseTone.Hoi)]
    [InlineData("người", "ng", "", "ươ", "i", VietnameseTone.Huyen)]
    [InlineData("yêu", "", "", "yê", "u", VietnameseTone.Ngang)]
    [InlineData("Đảng", "đ", "", "a", "ng", VietnameseTone.Hoi)]
    internal void Decomposes_a_syllable(string text, string onset, string glide, string nucleus, string coda, VietnameseTone tone)
    {
        Assert.True(VietnameseSyllable.TryParse(text, out var syllable));
        Assert.Equal((onset, glide, nucleus, coda, tone), (syllable.Onset, syllable.Glide, syllable.Nucleus, syllable.Coda, syllable.Tone));
    }

    [Theory]
    [InlineData("hòa")]
    [InlineData("hoà")]
    [InlineData("thủy")]
    [InlineData("thuỷ")]
    [InlineData("khỏe")]
    [InlineData("khoẻ")]
    [InlineData("quý")]
    [InlineData("kỳ")]
    [InlineData("kiên")]
    [InlineData("ghế")]
    [InlineData("nghĩ")]
    [InlineData("gì")]
    [InlineData("quên")]
    [InlineData("quốc")]
    [InlineData("ích")]
    [InlineData("thuở")]
    [InlineData("khuya")]
    [InlineData("boong")]
    [InlineData("ỦY")]
    public void Accepts_valid_syllables(string text) => Assert.True(VietnameseSyllable.IsValid(text));

    [Theory]
    [InlineData("nhiệmm")] // doubled coda
    [InlineData("đảgn")] // transposed letters
    [InlineData("thưc")] // stop coda with the ngang tone
    [InlineData("viêt")]
    [InlineData("hoàc")] // stop coda with huyền
    [InlineData("thực\u0300")] // a second tone, as a combining mark
    public void Rejects_typos(string text) => Assert.False(VietnameseSyllable.IsValid(text));

    [Theory]
    [InlineData("ce")] // c before e
    [InlineData("ka")] // k before a
    [InlineData("ghô")] // gh before o
    [InlineData("ngê")] // ng before ê
    [InlineData("qa")] // q without u
    [InlineData("qúy")] // tone mark on the u of qu
    [InlineData("gía")] // tone mark on the i of gi
    [InlineData("hòan")] // old-style mark in a closed syllable
    [InlineData("tìên")] // mark on the wrong vowel of iê
    [InlineData("iên")] // iê with no onset is spelled yê
    [InlineData("tyên")]
    [InlineData("ơng")]
    [InlineData("ic")]
    [InlineData("online")]
    [InlineData("fan")]
    [InlineData("nghiênggg")]
    [InlineData("")]
    public void Rejects_invalid_syllables(string text) => Assert.False(VietnameseSyllable.IsValid(text));
}
