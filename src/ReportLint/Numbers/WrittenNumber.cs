using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Numbers;

/// <summary>How a number is spelled in the text.</summary>
internal enum NumberNotation
{
    /// <summary>Arabic digits in the Vietnamese convention: <c>4.014</c>, <c>117,3</c>.</summary>
    Digits,

    /// <summary>Vietnamese words: <c>hai</c>, <c>ba mươi lăm</c>.</summary>
    Words,

    /// <summary>Roman numerals, which only ever name things: <c>khóa XII</c>.</summary>
    Roman,
}

/// <summary>
/// One number exactly as the author wrote it. The text is kept because the number of decimal
/// places is the precision the author claims, and a rule that proposes a fix must keep it.
/// </summary>
/// <param name="Span">Where the number is, in the scanned paragraph.</param>
/// <param name="Text">The characters as written (<c>04</c>, <c>85,2</c>, <c>hai mươi mốt</c>).</param>
/// <param name="Value">The value; <c>85,2</c> is 85.2m.</param>
/// <param name="Decimals">Decimal places written, i.e. the stated precision.</param>
/// <param name="Notation">Digits, words or Roman numerals.</param>
internal readonly record struct WrittenNumber(TextSpan Span, string Text, decimal Value, int Decimals, NumberNotation Notation)
{
    /// <summary><c>04/66</c>, <c>06 đảng viên</c>: a padded integer, which is a style matter, not a different value.</summary>
    public bool HasLeadingZero => Notation == NumberNotation.Digits && Text.Length > 1 && Text[0] == '0' && Text[1] is >= '0' and <= '9';

    public override string ToString() => Text;
}
