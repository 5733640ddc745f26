namespace ReportLint.Documents.Word;

/// <summary>The text of a Word draft: the body in reading order, then footnotes, endnotes, headers, footers.</summary>
internal sealed class WordDocumentText(IReadOnlyList<WordParagraph> paragraphs, IReadOnlyList<WordTable> tables)
{
    public IReadOnlyList<WordParagraph> Paragraphs { get; } = paragraphs;

    public IReadOnlyList<WordTable> Tables { get; } = tables;

    /// <summary>One line per paragraph joined with '\n', so line N (from 0) is <c>Paragraphs[N]</c>.</summary>
    public string Text { get; } = string.Join('\n', paragraphs.Select(p => p.Text));

    public bool HasVisibleText => Paragraphs.Any(p => !string.IsNullOrWhiteSpace(p.Text));
}
