using System.Resources;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;

namespace ReportLint.Rules.Vietnamese;

/// <summary>Descriptors of the RL3xxx family, with messages from VietnameseResources.resx.</summary>
internal static class OrthographyRules
{
    public static readonly ResourceManager Resources = new("ReportLint.Rules.Vietnamese.VietnameseResources", typeof(OrthographyRules).Assembly);

    public static DiagnosticDescriptor Descriptor(string id, DiagnosticSeverity severity) =>
        RuleDescriptors.Create(id, RuleCategories.Orthography, severity, Resources, typeof(OrthographyRules));

    /// <summary>A message part in the user's language, filled in when the message is formatted.</summary>
    public static LocalizableResourceString Text(string key, params string[] args) =>
        new(key, Resources, typeof(OrthographyRules), args);
}
