using System.Text;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Documents;

public sealed class TextDecoderTests
{
    private const string Sample = "Đảng bộ huyện có 65 tổ chức cơ sở đảng.";

    [Fact]
    public void Utf8_with_and_without_bom_and_utf16_with_bom_read_the_same()
    {
        var utf8 = Encoding.UTF8.GetBytes(Sample);
        byte[][] forms = [utf8, [0xEF, 0xBB, 0xBF, .. utf8], [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)], [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)]];
        foreach (var bytes in forms)
        {
            var decoded = TextDecoder.Decode(bytes);
            Assert.Equal(Sample, decoded.Text);
            Assert.False(decoded.IsLegacy);
        }
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1258_with_an_info_finding()
    {
        // "Đảng ủy" as Windows-1258 writes it: base letters with a separate tone mark (0xD2, hook above).
        byte[] bytes = [0xD0, (byte)'a', 0xD2, (byte)'n', (byte)'g', (byte)' ', (byte)'u', 0xD2, (byte)'y'];
        var draft = DraftLoader.FromBytes("cu.txt", bytes);

        Assert.Equal("Đảng ủy", draft.Blocks.Single().Prose.Text);
        var result = Lint.Engine.Analyze(draft, Lint.Loader.Defaults);
        Assert.Contains(result.Diagnostics, d => d.Id == ToolDiagnostics.LegacyEncoding.Id);
    }

    [Fact]
    public void Invalid_utf8_with_control_codes_is_binary_not_legacy_text()
    {
        var error = Assert.Throws<DraftReadException>(() => TextDecoder.Decode([0xE5, 0x1B, 0x9F, 0x03, 0xC8, 0x41, 0x7F, 0x12]));
        Assert.Equal(DraftReadProblem.Binary, error.Problem);
    }

    [Fact]
    public void A_file_with_nul_bytes_is_binary()
    {
        var error = Assert.Throws<DraftReadException>(() => TextDecoder.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]));
        Assert.Equal(DraftReadProblem.Binary, error.Problem);
    }
}
