using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportLint.Documents.Word;

/// <summary>
/// Tells headings and list items from body paragraphs the way Word does: the paragraph's own
/// properties first, then its style and the styles that style is based on.
/// </summary>
internal sealed class WordParagraphRoles
{
    // Word's outline levels run 0-8 for headings; 9 is body text.
    private const int BodyTextOutlineLevel = 9;

    // basedOn chains are short; a damaged file may hold a cycle.
    private const int MaxStyleChain = 32;

    private readonly Dictionary<string, Style> styles;
    private readonly Style? defaultParagraphStyle;

    public WordParagraphRoles(Styles? definitions)
    {
        var paragraphStyles = definitions?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && IsParagraphStyle(s))
            .ToList() ?? [];
        styles = paragraphStyles.DistinctBy(s => s.StyleId!.Value!).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        defaultParagraphStyle = paragraphStyles.FirstOrDefault(s => OoxmlValues.IsOn(s.Default));
    }

    /// <summary>1-9 for a heading, 0 for any other paragraph.</summary>
    public int HeadingLevel(Paragraph paragraph)
    {
        if (OoxmlValues.Integer(paragraph.ParagraphProperties?.OutlineLevel?.Val) is { } own)
        {
            return LevelOf(own);
        }

        foreach (var style in StyleChain(paragraph))
        {
            if (OoxmlValues.Integer(style.StyleParagraphProperties?.OutlineLevel?.Val) is { } level)
            {
                return LevelOf(level);
            }

            // Built-in styles keep their English names ("heading 1") whatever the UI language,
            // even when a localized Word gives them other style IDs.
            if (NamedLevel(style.StyleName?.Val?.Value) is { } named)
            {
                return named;
            }
        }

        return 0;
    }

    /// <summary>A numbered or bulleted paragraph; numId 0 explicitly removes a style's numbering.</summary>
    public bool IsListItem(Paragraph paragraph)
    {
        if (OoxmlValues.Integer(paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val) is { } own)
        {
            return own != 0;
        }

        return StyleChain(paragraph)
            .Select(style => OoxmlValues.Integer(style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val))
            .FirstOrDefault(id => id is not null) is > 0;
    }

    // A style without a type, or with one not understood, is a paragraph style as ECMA-376 defaults it.
    private static bool IsParagraphStyle(Style style) =>
        OoxmlValues.Token(style.Type, "character", "table", "numbering") is null;

    private IEnumerable<Style> StyleChain(Paragraph paragraph)
    {
        var id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var style = id is not null && styles.TryGetValue(id, out var named) ? named : defaultParagraphStyle;
        for (var step = 0; style is not null && step < MaxStyleChain; step++)
        {
            yield return style;
            var basedOn = style.BasedOn?.Val?.Value;
            style = basedOn is not null && styles.TryGetValue(basedOn, out var parent) ? parent : null;
        }
    }

    private static int LevelOf(int outlineLevel) => outlineLevel is >= 0 and < BodyTextOutlineLevel ? outlineLevel + 1 : 0;

    private static int? NamedLevel(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        const string prefix = "heading ";
        return name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(name.AsSpan(prefix.Length), out var level) && level is >= 1 and <= 9
            ? level
            : null;
    }
}
