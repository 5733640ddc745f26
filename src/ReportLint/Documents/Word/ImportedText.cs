using DocumentFormat.OpenXml.Packaging;

namespace ReportLint.Documents.Word;

/// <summary>The paragraphs of a part imported by <c>w:altChunk</c>, for the formats read: HTML and plain text.</summary>
internal static class ImportedText
{
    /// <summary>Null for a format that is not read, or bytes that are not text.</summary>
    public static IReadOnlyList<string>? Paragraphs(OpenXmlPart imported)
    {
        var html = imported.ContentType is "text/html" or "application/xhtml+xml";
        if (!html && imported.ContentType != "text/plain")
        {
            return null;
        }

        var bytes = new MemoryStream();
        using (var stream = imported.GetStream(FileMode.Open, FileAccess.Read))
        {
            stream.CopyTo(bytes);
        }

        string text;
        try
        {
            text = TextDecoder.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)).Text;
        }
        catch (DraftReadException)
        {
            return null;
        }

        var lines = html ? HtmlText.Paragraphs(text) : text.Split('\n');
        return [.. lines.Select(line => line.Trim()).Where(line => line.Length > 0)];
    }
}
