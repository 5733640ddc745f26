using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Documents.Word;

namespace ReportLint.Documents;

/// <summary>
/// One checked file. Whatever its format, it is a Roslyn <see cref="SourceText"/> so that every
/// formatter and the language server treat Markdown, plain text and Word alike.
/// </summary>
public sealed class Draft
{
    internal Draft(
        string path,
        DraftFormat format,
        SourceText text,
        ImmutableArray<Block> blocks,
        ImmutableArray<DraftTable> tables,
        ImmutableArray<TextSpan> ignoredSpans,
        ImmutableArray<SuppressionComment> suppressions,
        ImmutableArray<ReaderNote> notes,
        WordDocumentText? word = null)
    {
        Path = path;
        Format = format;
        Text = text;
        Blocks = blocks;
        Tables = tables;
        IgnoredSpans = ignoredSpans;
        Suppressions = suppressions;
        Notes = notes;
        Word = word;
    }

    public string Path { get; }

    public DraftFormat Format { get; }

    public SourceText Text { get; }

    public ImmutableArray<Block> Blocks { get; }

    public ImmutableArray<DraftTable> Tables { get; }

    /// <summary>Code, HTML, URLs and front matter: never linted.</summary>
    internal ImmutableArray<TextSpan> IgnoredSpans { get; }

    internal ImmutableArray<SuppressionComment> Suppressions { get; }

    /// <summary>What the reader noticed about the file itself, such as a legacy encoding.</summary>
    internal ImmutableArray<ReaderNote> Notes { get; }

    /// <summary>
    /// For a Word draft, what its lines were read from: <c>Word.Paragraphs[N]</c> is line N, with
    /// the part it belongs to (body, footnote, header...) and the run map that anchors comments.
    /// </summary>
    internal WordDocumentText? Word { get; }
}

/// <summary>A fact about how a file was read that the user should know.</summary>
internal sealed record ReaderNote(ReaderNoteKind Kind, TextSpan Span);

internal enum ReaderNoteKind
{
    ReadAsWindows1258,
}
