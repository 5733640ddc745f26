using ReportLint.Analysis;

namespace ReportLint.Rules.Typography;

/// <summary>The RL2xxx family, with messages from TypographyResources.resx.</summary>
internal static class TypographyRules
{
    public static readonly RuleFamily Family = new(RuleCategories.Typography, "ReportLint.Rules.Typography.TypographyResources");
}
