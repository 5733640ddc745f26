using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Numbers;

/// <summary>
/// The words after a number that say what it counts, cut before the verb or function word that
/// ends the noun phrase (<c>2.607 đảng viên</c> | <c>hoàn thành tốt</c>).
/// </summary>
/// <param name="Span">The whole phrase, recognised head and trailing qualifier together.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Definition">The vocabulary unit its head matched, or null when none did.</param>
/// <param name="HeadLength">Characters of the phrase that matched <paramref name="Definition"/> (0 when none).</param>
internal sealed record UnitPhrase(TextSpan Span, string Text, UnitDefinition? Definition, int HeadLength)
{
    public bool IsKnown => Definition is not null;

    /// <summary>Words after the recognised head (<c>mới</c> in <c>đảng viên mới</c>): they narrow the unit, so two figures with different qualifiers may not be comparable.</summary>
    public string Qualifier => Text[HeadLength..].Trim();

    public override string ToString() => Text;
}
