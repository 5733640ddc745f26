using System.Buffers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;
using ReportLint.Vietnamese;

namespace ReportLint.Rules.Vietnamese;

/// <summary>
/// RL3003: text typed in a TCVN3 or VNI font, or decoded with the wrong code page, and pasted as
/// Unicode (<c>§¶ng</c>, <c>Ñaûng</c>, <c>Äáº£ng</c>), reported with the repaired text.
/// </summary>
internal sealed class RL3003LegacyFontMojibake : DraftAnalyzer
{
    public const string Id = "RL3003";

    public static readonly DiagnosticDescriptor Rule = OrthographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    // The scanner is slow, and garbled text always holds some Latin-1 or Windows-1252 character that
    // is neither a Vietnamese letter nor punctuation of clean text: only blocks with one are scanned.
    // Built from the written-out characters, so that a clean draft never loads the legacy tables.
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        LegacyEncodingTables.Windows1252HighCharacters
            .Where(c => c >= 0x80 && !VietnameseLetters.IsLetter(c) && !"\u00A0“”‘’–—…•°·×".Contains(c))
            .ToArray());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private static void Analyze(BlockAnalysisContext context)
    {
        var text = context.Text.Text;
        if (text.AsSpan().IndexOfAny(Suspicious) < 0)
        {
            return;
        }

        foreach (var garbled in LegacyFontMojibake.Scan(text))
        {
            var span = context.Block.Prose.ToSource(garbled.Start, garbled.Length);
            var written = text.Substring(garbled.Start, garbled.Length);
            var fix = IsCertain(written, garbled.Repaired) ? FixData.Replace(span, garbled.Repaired) : null;
            context.Report(Rule, span, fix, written, garbled.Repaired, EncodingName(garbled.Encoding));
        }
    }

    /// <summary>
    /// The repair is certain when every word it gives is a Vietnamese syllable, and neither end of the
    /// run is a word that is already Vietnamese as written (in “§¶ng bé huyÖn, xã” the last word may
    /// be a clean “xã” rather than a garbled “xị”).
    /// </summary>
    private static bool IsCertain(string written, string repaired)
    {
        var writtenWords = Words(written);
        return Words(repaired).All(w => VietnameseSyllable.IsValid(w.AsSpan()))
            && !VietnameseSyllable.IsValid(writtenWords[0].AsSpan()) && !VietnameseSyllable.IsValid(writtenWords[^1].AsSpan());
    }

    private static string[] Words(string text) =>
        text.Split([' ', ',', '.', ';', ':', '(', ')', '“', '”', '"', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static string EncodingName(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3 (ABC)",
        LegacyEncoding.Vni => "VNI",
        LegacyEncoding.Utf8AsWindows1252 => "UTF-8 → Windows-1252",
        _ => "Windows-1258 → Windows-1252",
    };
}
