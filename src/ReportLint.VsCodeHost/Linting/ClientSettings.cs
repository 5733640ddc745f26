using System.Collections.Immutable;
using System.Text.Json;
using ReportLint.Configuration;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>
/// The editor's <c>reportlint.*</c> settings that change findings. They win over rules.yml, as the
/// command line's options do: <see cref="Language"/> like <c>--lang</c>, <see cref="Severities"/>
/// rule by rule.
/// </summary>
internal sealed record ClientSettings(string? Language, ImmutableDictionary<string, RuleSeverity> Severities)
{
    public static readonly ClientSettings None = new(null, ImmutableDictionary<string, RuleSeverity>.Empty);

    /// <summary>
    /// Reads <c>{"reportlint": {...}}</c> (what VS Code sends) or the section itself; values it
    /// cannot use are left out and named in <paramref name="problems"/>, so a typo in one setting
    /// does not discard the others.
    /// </summary>
    public static ClientSettings Read(JsonElement? settings, ICollection<string> problems)
    {
        if (settings is not { ValueKind: JsonValueKind.Object } root)
        {
            return None;
        }

        var section = root.TryGetProperty("reportlint", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : root;
        return new ClientSettings(ReadLanguage(section, problems), ReadSeverities(section, problems));
    }

    private static string? ReadLanguage(JsonElement section, ICollection<string> problems)
    {
        if (!section.TryGetProperty("language", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var language = value.GetString();
        if (language is "vi" or "en")
        {
            return language;
        }

        // "auto" (the extension's default) and "" defer to rules.yml.
        if (language is not ("auto" or ""))
        {
            problems.Add($"reportlint.language must be auto, vi or en, not '{language}'");
        }

        return null;
    }

    private static ImmutableDictionary<string, RuleSeverity> ReadSeverities(JsonElement section, ICollection<string> problems)
    {
        var severities = ImmutableDictionary.CreateBuilder<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);
        if (!section.TryGetProperty("severities", out var map) || map.ValueKind != JsonValueKind.Object)
        {
            return severities.ToImmutable();
        }

        foreach (var entry in map.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.String && Enum.TryParse<RuleSeverity>(entry.Value.GetString(), ignoreCase: true, out var severity))
            {
                severities[entry.Name.ToUpperInvariant()] = severity;
            }
            else
            {
                problems.Add($"reportlint.severities.{entry.Name} must be error, warning, info or off");
            }
        }

        return severities.ToImmutable();
    }
}
