using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportLint.Documents.Word;

/// <summary>
/// The character a <c>w:sym</c> inserts. Symbol fonts (Symbol, Wingdings) address their glyphs in
/// the private-use range F000-F0FF; those code points are kept as written: mapping them to Unicode
/// needs per-font tables, and a private-use character can never be mistaken for a letter or digit.
/// </summary>
internal static class WordSymbol
{
    public static char? Character(SymbolChar symbol) =>
        ushort.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            ? (char)code
            : null;
}
