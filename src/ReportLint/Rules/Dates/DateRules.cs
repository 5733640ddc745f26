using ReportLint.Analysis;

namespace ReportLint.Rules.Dates;

/// <summary>The RL4xxx family, with messages from DatesResources.resx.</summary>
internal static class DateRules
{
    public static readonly RuleFamily Family = new(RuleCategories.DatesAndReferences, "ReportLint.Rules.Dates.DatesResources");
}
