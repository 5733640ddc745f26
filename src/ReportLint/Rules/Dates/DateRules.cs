using System.Resources;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;

namespace ReportLint.Rules.Dates;

/// <summary>Descriptors of the RL4xxx family, with messages from DatesResources.resx.</summary>
internal static class DateRules
{
    public static readonly ResourceManager Resources = new("ReportLint.Rules.Dates.DatesResources", typeof(DateRules).Assembly);

    public static DiagnosticDescriptor Descriptor(string id, DiagnosticSeverity severity) =>
        RuleDescriptors.Create(id, RuleCategories.DatesAndReferences, severity, Resources, typeof(DateRules));

    /// <summary>A message part in the user's language, filled in when the message is formatted.</summary>
    public static LocalizableResourceString Text(string key, params string[] args) =>
        new(key, Resources, typeof(DateRules), args);
}
