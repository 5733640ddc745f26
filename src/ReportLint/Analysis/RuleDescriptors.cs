using System.Resources;
using Microsoft.CodeAnalysis;

namespace ReportLint.Analysis;

/// <summary>
/// Builds descriptors whose title, message and description come from a family's .resx
/// (Vietnamese neutral, English satellite) under the keys <c>{ID}_Title</c>, <c>{ID}_Message</c>
/// and <c>{ID}_Description</c>.
/// </summary>
internal static class RuleDescriptors
{
    public const string HelpBaseUri = "https://github.com/reportlint/reportlint/blob/main/docs/rules/";

    public static DiagnosticDescriptor Create(
        string id,
        string category,
        DiagnosticSeverity defaultSeverity,
        ResourceManager resources,
        Type resourceSource,
        bool enabledByDefault = true) =>
        new(
            id,
            new LocalizableResourceString($"{id}_Title", resources, resourceSource),
            new LocalizableResourceString($"{id}_Message", resources, resourceSource),
            category,
            defaultSeverity,
            enabledByDefault,
            new LocalizableResourceString($"{id}_Description", resources, resourceSource),
            HelpUri(id));

    public static string HelpUri(string id) => $"{HelpBaseUri}{id}.md";
}

internal static class RuleCategories
{
    public const string Arithmetic = "Arithmetic";
    public const string Typography = "Typography";
    public const string Orthography = "Orthography";
    public const string DatesAndReferences = "DatesAndReferences";
    public const string Tool = "Tool";
}
