using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportLint.Documents.Word;

/// <summary>Accumulates a paragraph's visible text together with its run map.</summary>
internal sealed class ParagraphTextBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<WordRunSegment> segments = [];
    private readonly List<Microsoft.CodeAnalysis.Text.TextSpan> equations = [];

    /// <summary>Text boxes anchored in this paragraph: they are read right after it.</summary>
    public List<TextBoxContent> AnchoredTextBoxes { get; } = [];

    public int HeadingLevel { get; set; }

    public bool IsListItem { get; set; }

    public bool IsFramed { get; set; }

    public void Append(string value, OpenXmlElement source)
    {
        if (value.Length == 0)
        {
            return;
        }

        segments.Add(new WordRunSegment(text.Length, value.Length, source));
        var start = text.Length;
        text.Append(value);

        // A literal line end inside w:t shows as a space in Word; keeping it would break
        // "one line per paragraph", and a same-length substitute keeps the run map exact.
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                text[i] = ' ';
            }
        }
    }

    public void Append(char value, OpenXmlElement source)
    {
        segments.Add(new WordRunSegment(text.Length, 1, source));
        text.Append(value);
    }

    /// <summary>An equation's text, kept as written but read as one token (see <see cref="WordParagraph.Equations"/>).</summary>
    public void AppendEquation(string value, OpenXmlElement source)
    {
        var start = text.Length;
        Append(value, source);
        if (text.Length > start)
        {
            equations.Add(new Microsoft.CodeAnalysis.Text.TextSpan(start, text.Length - start));
        }
    }

    public WordParagraph Build(WordPartLabel part, WordTablePosition? table) =>
        new(text.ToString(), part, table, new WordRunMap(segments), HeadingLevel, IsListItem, IsFramed) { Equations = [.. equations] };
}
