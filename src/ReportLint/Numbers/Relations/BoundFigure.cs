namespace ReportLint.Numbers.Relations;

/// <summary>A figure a pattern bound to a role, with the words written just before it in a list (<c>nam</c> in <c>nam 20, nữ 22</c>).</summary>
internal sealed record BoundFigure(NumberMention Mention, string Label);
