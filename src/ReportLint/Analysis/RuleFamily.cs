using System.Resources;
using Microsoft.CodeAnalysis;
using ReportLint.Localization;

namespace ReportLint.Analysis;

/// <summary>
/// A family of rules (RL1xxx, RL2xxx, …) and the .resx its messages come from: its descriptors,
/// and the translated pieces its messages are assembled from.
/// </summary>
internal sealed class RuleFamily(string category, string resourcesName)
{
    private readonly ResourceManager _resources = new(resourcesName, typeof(RuleFamily).Assembly);

    public string Category { get; } = category;

    public DiagnosticDescriptor Descriptor(string id, DiagnosticSeverity severity) =>
        RuleDescriptors.Create(id, Category, severity, _resources, typeof(RuleFamily));

    /// <summary>A translated piece of a message (the name of a dash, a weekday), formatted in the reader's language.</summary>
    public LocalizedPhrase Phrase(string key, params object?[] args) => new(_resources, key, args);

    /// <summary>A whole text of the family in one language, for reports kept outside diagnostics.</summary>
    public string Text(string key, System.Globalization.CultureInfo culture, params object?[] args) =>
        Phrase(key, args).ToString(null, culture);
}
