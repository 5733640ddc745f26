using Microsoft.CodeAnalysis.Text;

namespace ReportLint.FiguresEval;

/// <summary>An article of the shared corpus as text, with label positions (line, code point column) turned into text spans.</summary>
internal sealed class Article(string name, string text)
{
    private readonly SourceText _source = SourceText.From(text);

    public string Name { get; } = name;

    public string Text { get; } = text;

    /// <summary>The span of a labelled figure, or null when the text there is not the figure's.</summary>
    public TextSpan? Locate(int line, int column, string figure)
    {
        if (line < 1 || line > _source.Lines.Count)
        {
            return null;
        }

        var lineText = _source.Lines[line - 1].ToString();
        var index = CodePointIndex(lineText, column);
        if (index < 0 || index + figure.Length > lineText.Length || string.CompareOrdinal(lineText, index, figure, 0, figure.Length) != 0)
        {
            return null;
        }

        return new TextSpan(_source.Lines[line - 1].Start + index, figure.Length);
    }

    public string With(TextSpan span, string replacement) => string.Concat(Text.AsSpan(0, span.Start), replacement, Text.AsSpan(span.End));

    public int Words => Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static int CodePointIndex(string line, int codePoints)
    {
        var index = 0;
        for (var i = 0; i < codePoints; i++)
        {
            if (index >= line.Length)
            {
                return -1;
            }

            index += char.IsSurrogatePair(line, index) ? 2 : 1;
        }

        return index;
    }
}
