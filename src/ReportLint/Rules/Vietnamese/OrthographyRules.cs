using ReportLint.Analysis;

namespace ReportLint.Rules.Vietnamese;

/// <summary>The RL3xxx family, with messages from VietnameseResources.resx.</summary>
internal static class OrthographyRules
{
    public static readonly RuleFamily Family = new(RuleCategories.Orthography, "ReportLint.Rules.Vietnamese.VietnameseResources");
}
