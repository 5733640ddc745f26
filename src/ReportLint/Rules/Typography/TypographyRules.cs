using System.Resources;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;

namespace ReportLint.Rules.Typography;

/// <summary>Descriptors of the RL2xxx family, with messages from TypographyResources.resx.</summary>
internal static class TypographyRules
{
    private static readonly ResourceManager Resources = new("ReportLint.Rules.Typography.TypographyResources", typeof(TypographyRules).Assembly);

    public static DiagnosticDescriptor Descriptor(string id, DiagnosticSeverity severity) =>
        RuleDescriptors.Create(id, RuleCategories.Typography, severity, Resources, typeof(TypographyRules));

    /// <summary>A translated piece of a message, such as the name of a dash or of a role.</summary>
    public static LocalizedPhrase Phrase(string key, params object?[] args) => new(Resources, key, args);
}
