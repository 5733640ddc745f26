using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Analysis;

/// <summary>
/// The certain fix of a finding, carried in <see cref="Diagnostic.Properties"/>: one replacement
/// of a source span. Rules attach it only when the right text is beyond doubt.
/// </summary>
public static class FixData
{
    internal const string StartKey = "fix.start";
    internal const string LengthKey = "fix.length";
    internal const string TextKey = "fix.text";

    public static ImmutableDictionary<string, string?> Replace(TextSpan span, string replacement) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(StartKey, span.Start.ToString(CultureInfo.InvariantCulture))
            .Add(LengthKey, span.Length.ToString(CultureInfo.InvariantCulture))
            .Add(TextKey, replacement);

    internal static bool TryGet(Diagnostic diagnostic, out TextChange change)
    {
        var properties = diagnostic.Properties;
        if (TryGetSpan(properties, out var span) && properties.TryGetValue(TextKey, out var text) && text is not null)
        {
            change = new TextChange(span, text);
            return true;
        }

        change = default;
        return false;
    }

    internal static bool TryGetSpan(ImmutableDictionary<string, string?>? properties, out TextSpan span)
    {
        if (properties is not null
            && properties.TryGetValue(StartKey, out var start) && properties.TryGetValue(LengthKey, out var length)
            && int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            && int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l))
        {
            span = new TextSpan(s, l);
            return true;
        }

        span = default;
        return false;
    }

    /// <summary>The same properties with the fix, if any, moved <paramref name="shift"/> characters on.</summary>
    internal static ImmutableDictionary<string, string?>? Shift(ImmutableDictionary<string, string?>? properties, int shift) =>
        shift != 0 && TryGetSpan(properties, out var span)
            ? properties!.SetItem(StartKey, (span.Start + shift).ToString(CultureInfo.InvariantCulture))
            : properties;
}
