using DocumentFormat.OpenXml.Packaging;

namespace ReportLint.Documents.Word;

/// <summary>
/// An editable in-memory copy of a Word draft together with its text, whose run map points into
/// this copy: comments are anchored in it and it is written elsewhere. The input file is never
/// opened for writing. Writing ends the copy's life, as the changes make its run map stale.
/// </summary>
internal sealed class WordReviewCopy : IDisposable
{
    private readonly WordprocessingDocument document;
    private bool written;

    internal WordReviewCopy(WordprocessingDocument document, WordDocumentText text)
    {
        this.document = document;
        Text = text;
    }

    public WordDocumentText Text { get; }

    public MainDocumentPart MainPart => document.MainDocumentPart!;

    /// <summary>Writes the package with every change made to it, and closes the copy.</summary>
    public void WriteTo(Stream output)
    {
        ObjectDisposedException.ThrowIf(written, this);
        written = true;

        // Cloning serializes every loaded part into a fresh package on the output stream.
        using (document.Clone(output))
        {
        }

        document.Dispose();
    }

    public void Dispose()
    {
        written = true;
        document.Dispose();
    }
}
