using System.IO.Compression;

namespace ReportLint.Tests.Word;

/// <summary>
/// A .docx written from raw WordprocessingML, for attribute spellings and broken references that
/// the SDK's typed builders refuse to write but other producers (and damaged files) do.
/// </summary>
internal static class RawDocx
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

    private const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>A package whose body is <paramref name="bodyXml"/>; <paramref name="parts"/> go beside it under word/.</summary>
    public static byte[] WithBody(string bodyXml, string documentRelationships = "", params (string Name, string ContentType, string Xml)[] parts)
    {
        var overrides = string.Concat(parts.Select(p => $"<Override PartName=\"/word/{p.Name}\" ContentType=\"{p.ContentType}\"/>"));
        return HostileFiles.ZipOf(
        [
            ("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/word/document.xml\" ContentType=\"{MainType}\"/>{overrides}</Types>"),
            ("_rels/.rels", Relationships("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>")),
            ("word/_rels/document.xml.rels", Relationships(documentRelationships)),
            ("word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>"),
            .. parts.Select(p => ("word/" + p.Name, p.Xml)),
        ]);
    }

    public static string Relationships(string relationships) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{relationships}</Relationships>";

    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";
}
