namespace ReportLint.Documents.Word;

/// <summary>
/// One paragraph as Word shows it, on one line: manual line breaks are U+000B and page breaks
/// U+000C (the characters Word's own object model uses), which Roslyn's SourceText does not treat
/// as line ends, so line N of the combined text stays paragraph N. <see cref="HeadingLevel"/> is
/// 1-9 for a heading (by its outline level or heading style) and 0 otherwise. <see cref="IsFramed"/>
/// is a paragraph placed in a frame (<c>w:framePr</c>), which Word positions like a text box.
/// </summary>
internal sealed record WordParagraph(
    string Text,
    WordPartLabel Part,
    WordTablePosition? Table,
    WordRunMap RunMap,
    int HeadingLevel = 0,
    bool IsListItem = false,
    bool IsFramed = false)
{
    /// <summary>Placed on the page rather than flowing with the text: in a text box or a frame.</summary>
    public bool IsPlaced => IsFramed || Part.Kind == WordPartKind.TextBox;

    /// <summary>
    /// Where the text of an equation (its <c>m:t</c>) lies in <see cref="Text"/>: shown in reports
    /// as written, read by the rules as one token, so that "x = 2" neither reads as figures nor
    /// leaves a gap that looks like a doubled space.
    /// </summary>
    public IReadOnlyList<Microsoft.CodeAnalysis.Text.TextSpan> Equations { get; init; } = [];
}
