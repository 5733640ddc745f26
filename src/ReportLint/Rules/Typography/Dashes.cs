using ReportLint.Analysis;
using ReportLint.Localization;

namespace ReportLint.Rules.Typography;

/// <summary>The three dashes Vietnamese drafts mix up: hyphen, en dash and em dash.</summary>
internal static class Dashes
{
    public const string All = "-–—";

    public static bool Is(char c) => c is '-' or '–' or '—';

    /// <summary>The dash's name for a message, with the character itself since they look alike.</summary>
    public static LocalizedPhrase Phrase(char dash) => TypographyRules.Family.Phrase(dash switch
    {
        '-' => "Dash_Hyphen",
        '–' => "Dash_EnDash",
        _ => "Dash_EmDash",
    });

    /// <summary>Reads a preferred dash from rules.yml: the character itself or its English name.</summary>
    public static char? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "-" or "hyphen" => '-',
        "–" or "en-dash" or "en dash" => '–',
        "—" or "em-dash" or "em dash" => '—',
        _ => null,
    };
}
