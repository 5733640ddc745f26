using System.Globalization;
using System.Resources;

namespace ReportLint.Localization;

/// <summary>
/// A message argument that is itself translated. Roslyn formats a diagnostic's arguments with the
/// culture its message is asked in, and an <see cref="IFormattable"/> argument receives that
/// culture, so the phrase follows the message into Vietnamese or English.
/// </summary>
internal sealed class LocalizedPhrase(ResourceManager resources, string key, object?[] args) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var culture = formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture;
        var text = resources.GetString(key, culture) ?? key;
        return args.Length == 0 ? text : string.Format(culture, text, args);
    }

    public override string ToString() => ToString(null, null);
}
