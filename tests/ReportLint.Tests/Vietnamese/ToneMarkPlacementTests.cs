using ReportLint.Vietnamese;

namespace ReportLint.Tests.Vietnamese;

public sealed class ToneMarkPlacementTests
{
    [Theory]
    [InlineData("hòa", ToneMarkStyle.Old)]
    [InlineData("ủy", ToneMarkStyle.Old)]
    [InlineData("khỏe", ToneMarkStyle.Old)]
    [InlineData("Thủy", ToneMarkStyle.Old)]
    [InlineData("hoà", ToneMarkStyle.New)]
    [InlineData("uỷ", ToneMarkStyle.New)]
    [InlineData("khoẻ", ToneMarkStyle.New)]
    [InlineData("thuỷ", ToneMarkStyle.New)]
    [InlineData("quý", ToneMarkStyle.Neutral)] // qu is the onset
    [InlineData("hoàn", ToneMarkStyle.Neutral)] // closed syllable
    [InlineData("tuyết", ToneMarkStyle.Neutral)]
    [InlineData("hoa", ToneMarkStyle.Neutral)] // no tone
    [InlineData("khoái", ToneMarkStyle.Neutral)]
    [InlineData("online", ToneMarkStyle.Neutral)]
    internal void Detects_the_style(string syllable, ToneMarkStyle expected) =>
        Assert.Equal(expected, ToneMarkPlacement.Detect(syllable));

    [Theory]
    [InlineData("hòa", ToneMarkStyle.New, "hoà")]
    [InlineData("Ủy", ToneMarkStyle.New, "Uỷ")]
    [InlineData("ỦY", ToneMarkStyle.New, "UỶ")]
    [InlineData("khoẻ", ToneMarkStyle.Old, "khỏe")]
    [InlineData("thuỷ", ToneMarkStyle.Old, "thủy")]
    [InlineData("hòa", ToneMarkStyle.Old, "hòa")]
    [InlineData("quý", ToneMarkStyle.Old, "quý")]
    [InlineData("hoàn", ToneMarkStyle.New, "hoàn")]
    internal void Converts_keeping_case(string syllable, ToneMarkStyle style, string expected) =>
        Assert.Equal(expected, ToneMarkPlacement.Convert(syllable, style));
}
