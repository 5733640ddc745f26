using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ReportLint.Documents.Word;

/// <summary>
/// Opens a Word draft (.docx, .docm, .dotx, .dotm) read-only, after refusing with a
/// <see cref="WordDocumentRejectedException"/> anything that is not a safe, well-formed package.
/// </summary>
internal sealed class SafeDocxOpener(WordOpenLimits? limits = null)
{
    private static ReadOnlySpan<byte> ZipSignature => "PK"u8;

    private readonly WordOpenLimits limits = limits ?? WordOpenLimits.Default;

    public WordprocessingDocument Open(string path)
    {
        // Word keeps the drafts it has open locked for writing; reading alongside it is fine.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Open(file);
    }

    /// <summary>The input is copied first, so it is never written and cannot change between checks.</summary>
    public WordprocessingDocument Open(Stream input) => Open(input, editable: false);

    /// <summary>An editable copy held in memory: whatever is changed in it never reaches the input.</summary>
    public WordprocessingDocument OpenEditableCopy(Stream input) => Open(input, editable: true);

    private WordprocessingDocument Open(Stream input, bool editable)
    {
        var bytes = ReadBounded(input);
        if (bytes.AsSpan().StartsWith(CompoundFileInspector.Signature))
        {
            throw CompoundFileInspector.Classify(bytes);
        }

        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            throw new WordDocumentRejectedException(
                WordRejectionReason.NotAZip,
                "The file is not a Word document: a .docx is a zip package, and this is not one.");
        }

        var package = new MemoryStream(bytes, writable: false);
        new ZipPackageInspector(limits).Inspect(package);
        if (editable)
        {
            // An expandable stream: saving may make the package grow.
            package = new MemoryStream();
            package.Write(bytes);
        }

        return OpenPackage(bytes, package, editable);
    }

    private byte[] ReadBounded(Stream input)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            if (copy.Length + read > limits.MaxTotalUncompressedBytes)
            {
                throw new WordDocumentRejectedException(
                    WordRejectionReason.TooLarge,
                    $"The file is larger than the {limits.MaxTotalUncompressedBytes} bytes accepted.")
                {
                    Limit = limits.MaxTotalUncompressedBytes,
                };
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    private static WordprocessingDocument OpenPackage(byte[] bytes, MemoryStream package, bool editable)
    {
        WordprocessingDocument? document = null;
        try
        {
            // Opening parses [Content_Types].xml and the relationships: either may be damaged.
            RelationshipTargets.RefuseDangling(new MemoryStream(bytes, writable: false));
            document = WordprocessingDocument.Open(package, isEditable: editable);
            return document.MainDocumentPart is null ? throw NotAWordDocument(null) : document;
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or WordDocumentRejectedException)
        {
            document?.Dispose();
            throw exception switch
            {
                WordDocumentRejectedException rejection => rejection,
                XmlException => WordDocumentReader.Malformed(exception),
                _ => NotAWordDocument(exception),
            };
        }
    }

    private static WordDocumentRejectedException NotAWordDocument(Exception? exception) =>
        new(WordRejectionReason.NotAWordDocument, "The file is a zip package but not a Word document.", exception);
}
