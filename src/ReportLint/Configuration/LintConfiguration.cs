using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Configuration;

/// <summary>
/// The effective configuration for a draft: the embedded defaults with the user's rules.yml laid
/// over them, rule by rule and option by option.
/// </summary>
public sealed class LintConfiguration
{
    internal LintConfiguration(
        string? path,
        string? language,
        ImmutableDictionary<string, RuleSeverity> severities,
        ImmutableDictionary<string, RuleOptions> options,
        ImmutableDictionary<string, YamlNode> sections,
        ImmutableArray<string> plugins)
    {
        Path = path;
        Language = language;
        Severities = severities;
        Options = options;
        Sections = sections;
        Plugins = plugins;
    }

    /// <summary>The user's rules.yml, or null for the embedded defaults alone.</summary>
    public string? Path { get; }

    /// <summary>The language of messages (<c>vi</c> or <c>en</c>) when the command line does not say.</summary>
    public string? Language { get; }

    public ImmutableDictionary<string, RuleSeverity> Severities { get; }

    public ImmutableDictionary<string, RuleOptions> Options { get; }

    /// <summary>Top-level sections other than rules, such as a unit vocabulary.</summary>
    public ImmutableDictionary<string, YamlNode> Sections { get; }

    /// <summary>The C# files of user rules, full paths; <c>ReportLint.Plugins</c> compiles them.</summary>
    internal ImmutableArray<string> Plugins { get; }

    internal CultureInfo Culture(string? overrideLanguage = null) =>
        CultureInfo.GetCultureInfo((overrideLanguage ?? Language ?? "vi") == "en" ? "en" : "vi");

    public RuleSeverity? SeverityOf(string ruleId) => Severities.TryGetValue(ruleId, out var severity) ? severity : null;

    /// <summary>The severity a rule's findings get: rules.yml's, else the rule's default.</summary>
    public RuleSeverity EffectiveSeverity(DiagnosticDescriptor descriptor) =>
        SeverityOf(descriptor.Id) ?? (descriptor.IsEnabledByDefault ? FromRoslyn(descriptor.DefaultSeverity) : RuleSeverity.Off);

    internal static RuleSeverity FromRoslyn(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => RuleSeverity.Error,
        DiagnosticSeverity.Warning => RuleSeverity.Warning,
        DiagnosticSeverity.Info => RuleSeverity.Info,
        _ => RuleSeverity.Off,
    };

    public RuleOptions OptionsOf(string ruleId) => Options.GetValueOrDefault(ruleId, RuleOptions.Empty);

    public YamlNode? Section(string name) => Sections.GetValueOrDefault(name);

    /// <summary>
    /// This configuration with some rule severities replaced, for hosts whose own settings (an
    /// editor's) override rules.yml the way <c>--lang</c> overrides its language.
    /// </summary>
    internal LintConfiguration WithSeverities(IEnumerable<KeyValuePair<string, RuleSeverity>> severities) =>
        new(Path, Language, Severities.SetItems(severities), Options, Sections, Plugins);

    internal LintConfiguration OverlaidWith(LintConfiguration user)
    {
        var options = Options;
        foreach (var (rule, userOptions) in user.Options)
        {
            var builtIn = OptionsOf(rule).Values;
            var merged = builtIn.SetItems(userOptions.Values.Select(option => KeyValuePair.Create(
                option.Key,
                ListOptionOverlay.Apply($"{rule}.{option.Key}", builtIn.GetValueOrDefault(option.Key), option.Value, user.Path ?? ConfigurationLoader.FileName))));
            options = options.SetItem(rule, new RuleOptions(merged));
        }

        return new LintConfiguration(
            user.Path,
            user.Language ?? Language,
            Severities.SetItems(user.Severities),
            options,
            Sections.SetItems(user.Sections),
            Plugins.AddRange(user.Plugins));
    }
}
