using System.Globalization;
using System.Resources;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>The server's own words (code action titles, hover labels), Vietnamese with an English satellite like the engine's.</summary>
internal static class HostText
{
    private static readonly ResourceManager Resources = new("ReportLint.VsCodeHost.Linting.HostResources", typeof(HostText).Assembly);

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Resources.GetString(key, culture) ?? key, args);
}
