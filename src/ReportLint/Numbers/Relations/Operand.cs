using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Numbers.Relations;

/// <summary>One figure of a relation in its role: the number as written, where it is, and the values it can stand for.</summary>
/// <remarks>Scale: what one written unit is worth in the relation's base (<c>tỷ đồng</c>: 1e9); a change written
/// without a unit ("tăng 1,7 so với …") takes the scale of the figures it compares.</remarks>
internal sealed record Operand(string Role, WrittenNumber Number, TextSpan Span, NumberMention Mention, FigureInterval? Interval, decimal Scale)
{
    public static Operand Of(string role, NumberMention mention) => new(role, mention.Number, mention.Span, mention, FigureInterval.Of(mention), ScaleOf(mention));

    /// <summary>A figure read in the scale of another (a bare number beside amounts in tỷ đồng).</summary>
    public static Operand In(string role, NumberMention mention, decimal scale) =>
        new(role, mention.Number, mention.Span, mention, FigureInterval.Of(mention)?.Times(scale / ScaleOf(mention)), scale);

    /// <summary>The value in the relation's base: what the arithmetic of a message uses.</summary>
    public decimal Value => Number.Value * Scale;

    public static decimal ScaleOf(NumberMention mention) => mention.Multiplier * (mention.Unit?.Definition?.Scale ?? 1m);
}
