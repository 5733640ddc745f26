using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ReportLint.Documents.Word;

/// <summary>Opens a Word draft safely and reads its text; every refusal is a <see cref="WordDocumentRejectedException"/>.</summary>
internal sealed class WordDocumentReader(WordOpenLimits? limits = null)
{
    private readonly SafeDocxOpener opener = new(limits);
    private readonly WordTextExtractor extractor = new();

    public WordDocumentText Read(string path)
    {
        using var document = opener.Open(path);
        return ReadText(document);
    }

    public WordDocumentText Read(Stream input)
    {
        using var document = opener.Open(input);
        return ReadText(document);
    }

    /// <summary>Reads an editable in-memory copy whose run map points into the copy, to anchor comments in it.</summary>
    public WordReviewCopy OpenForReview(Stream input)
    {
        var document = opener.OpenEditableCopy(input);
        try
        {
            return new WordReviewCopy(document, ReadText(document));
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    internal static WordDocumentRejectedException Malformed(Exception exception) =>
        new(WordRejectionReason.CorruptFile, "A part of the document is not well-formed XML.", exception);

    private WordDocumentText ReadText(WordprocessingDocument document)
    {
        WordDocumentText text;
        try
        {
            text = extractor.Extract(document);
        }
        catch (Exception exception) when (exception is XmlException or OpenXmlPackageException or InvalidDataException)
        {
            // The SDK parses parts lazily, so malformed XML only surfaces while reading.
            throw Malformed(exception);
        }

        return text.HasVisibleText
            ? text
            : throw new WordDocumentRejectedException(WordRejectionReason.NoText, "The document contains no text.");
    }
}
