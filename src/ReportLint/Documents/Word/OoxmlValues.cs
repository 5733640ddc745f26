using System.Globalization;
using DocumentFormat.OpenXml;

namespace ReportLint.Documents.Word;

/// <summary>
/// Reads on/off, number and enumerated OOXML attributes from their raw text. The SDK's typed
/// accessors throw on any spelling their schema does not list, yet producers legally write
/// <c>w:val="true"</c> or <c>"1"</c> where the schema says <c>on</c>, and damaged files write
/// anything. Every reading here follows one rule: a value that is not understood is ignored, so the
/// property reads as if it were not there (a <c>w:tblHeader w:val="junk"</c> is no header row, a
/// <c>w:br w:type="junk"</c> is a plain line break), and nothing ever throws.
/// </summary>
internal static class OoxmlValues
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// A toggle property such as <c>w:vanish</c> or <c>w:tblHeader</c>: absent is off, present
    /// without a value is on, and ECMA-376's spellings true/false/on/off/1/0 say which.
    /// </summary>
    public static bool IsOn(OpenXmlElement? toggle) =>
        toggle is not null && (ValOf(toggle) is not { } text || OnOff(text) == true);

    /// <summary>An on/off attribute such as <c>w:default</c> on a style: absent is off.</summary>
    public static bool IsOn(OpenXmlSimpleType? attribute) =>
        attribute?.InnerText is { } text && OnOff(text) == true;

    /// <summary>A decimal number, or null when absent or not a number.</summary>
    public static int? Integer(OpenXmlSimpleType? attribute) =>
        int.TryParse(attribute?.InnerText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The one of <paramref name="known"/> the attribute spells, or null when absent or unknown.</summary>
    public static string? Token(OpenXmlSimpleType? attribute, params ReadOnlySpan<string> known)
    {
        var text = attribute?.InnerText?.Trim();
        foreach (var token in known)
        {
            if (string.Equals(text, token, StringComparison.OrdinalIgnoreCase))
            {
                return token;
            }
        }

        return null;
    }

    private static bool? OnOff(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "on" or "1" => true,
        "false" or "off" or "0" => false,
        _ => null,
    };

    private static string? ValOf(OpenXmlElement element)
    {
        foreach (var attribute in element.GetAttributes())
        {
            if (attribute.LocalName == "val" && attribute.NamespaceUri == WordNamespace)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
