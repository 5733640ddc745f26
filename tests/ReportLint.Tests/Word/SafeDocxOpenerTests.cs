using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportLint.Documents.Word;
using static ReportLint.Tests.Word.WordFixture;

namespace ReportLint.Tests.Word;

public class SafeDocxOpenerTests
{
    private static WordDocumentRejectedException Rejection(byte[] file, WordOpenLimits? limits = null) =>
        Assert.Throws<WordDocumentRejectedException>(() => new WordDocumentReader(limits).Read(new MemoryStream(file)));

    private static void AssertRejected(WordDocumentRejectedException rejection, WordRejectionReason reason, string message)
    {
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal("Word" + reason, rejection.MessageKey);
        Assert.Equal(message, rejection.Message);
    }

    [Fact]
    public void Plain_text_is_not_a_zip()
    {
        var rejection = Rejection(Encoding.UTF8.GetBytes("Báo cáo tổng kết năm 2019"));

        AssertRejected(rejection, WordRejectionReason.NotAZip, "The file is not a Word document: a .docx is a zip package, and this is not one.");
    }

    [Fact]
    public void Truncated_zip_is_corrupt()
    {
        var docx = WithBody(P("Báo cáo"));

        var rejection = Rejection(docx[..(docx.Length / 2)]);

        AssertRejected(rejection, WordRejectionReason.CorruptFile, "The file is a damaged or truncated zip package.");
    }

    [Fact]
    public void Damaged_compressed_data_is_corrupt()
    {
        var docx = HostileFiles.ZipOf(("word/document.xml", new string('x', 5000)));
        var dataStart = 30 + "word/document.xml".Length;
        Array.Fill(docx, (byte)0xFF, dataStart, 16);

        var rejection = Rejection(docx);

        AssertRejected(rejection, WordRejectionReason.CorruptFile, "The file is a damaged or truncated zip package.");
    }

    [Fact]
    public void Xml_part_expanding_beyond_the_limit_is_refused_before_inflating()
    {
        var rejection = Rejection(HostileFiles.ZipBomb());

        AssertRejected(rejection, WordRejectionReason.TooLarge, "The part 'word/document.xml' expands to 10485760 bytes; an XML part may have at most 8388608.");
        Assert.Equal(8L * 1024 * 1024, rejection.Limit);
    }

    /// <summary>Similar rows compress far better than 200:1, which once was refused as a zip bomb.</summary>
    [Fact]
    public void A_long_table_of_similar_rows_is_read()
    {
        const string cell = "<w:tc><w:tcPr><w:tcW w:w=\"2400\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
            + "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr><w:t>Hà Nội 1.250</w:t></w:r></w:p></w:tc>";
        const string row = "<w:tr><w:trPr><w:jc w:val=\"center\"/></w:trPr>" + cell + cell + "</w:tr>";
        var docx = ReplaceDocumentXml(RawDocx.WithBody("<w:tbl>" + string.Concat(Enumerable.Repeat(row, 5_000)) + "</w:tbl>"), xml => xml, CompressionLevel.SmallestSize);
        using (var archive = new ZipArchive(new MemoryStream(docx)))
        {
            var document = archive.GetEntry("word/document.xml")!;
            Assert.True(document.Length > 200 * document.CompressedLength && document.Length > 1024 * 1024, $"{document.Length} bytes from {document.CompressedLength}");
        }

        var text = new WordDocumentReader().Read(new MemoryStream(docx));

        Assert.Equal(5_000, Assert.Single(text.Tables).Rows.Count);
    }

    [Fact]
    public void A_package_of_more_paragraphs_than_a_draft_may_have_is_refused_before_parsing()
    {
        var rejection = Rejection(RawDocx.WithBody(string.Concat(Enumerable.Repeat("<w:p/>", 50_001))));

        AssertRejected(rejection, WordRejectionReason.TooManyParagraphs, "The package holds more than 50000 paragraphs.");
    }

    [Fact]
    public void Declared_expanded_size_beyond_the_limit_is_refused()
    {
        var docx = WithBody(P(new string('a', 50_000)));

        var rejection = Rejection(docx, new WordOpenLimits { MaxTotalUncompressedBytes = 20_000 });

        Assert.Equal(WordRejectionReason.TooLarge, rejection.Reason);
        Assert.Matches("^The package expands to [0-9]+ bytes; at most 20000 are accepted.$", rejection.Message);
    }

    [Fact]
    public void File_beyond_the_limit_is_refused_before_unzipping()
    {
        var rejection = Rejection(WithBody(P("Báo cáo")), new WordOpenLimits { MaxTotalUncompressedBytes = 100 });

        AssertRejected(rejection, WordRejectionReason.TooLarge, "The file is larger than the 100 bytes accepted.");
    }

    [Fact]
    public void Entry_lying_about_its_size_is_never_inflated_beyond_it()
    {
        var docx = WithBody(P(new string('a', 100_000)));
        DeclareUncompressedSize(docx, "word/document.xml", 10);

        var rejection = Rejection(docx);

        AssertRejected(rejection, WordRejectionReason.CorruptFile, "A part of the document is not well-formed XML.");
    }

    [Fact]
    public void Word_97_document_says_save_as_docx()
    {
        var rejection = Rejection(HostileFiles.Word97Document());

        AssertRejected(rejection, WordRejectionReason.LegacyWordFormat, "The file is a Word 97-2003 document (.doc); open it in Word and save it as .docx.");
    }

    [Fact]
    public void Encrypted_word_97_document_says_password_protected()
    {
        var fib = new byte[4096];
        fib[0] = 0xEC;
        fib[1] = 0xA5;
        fib[0x0B] = 0x01; // fEncrypted
        var doc = CompoundFileWriter.Write(("WordDocument", fib));

        var rejection = Rejection(doc);

        AssertRejected(rejection, WordRejectionReason.PasswordProtected, "The document is password-protected; save an unprotected copy as .docx.");
    }

    [Fact]
    public void Encrypted_docx_says_password_protected()
    {
        var rejection = Rejection(HostileFiles.EncryptedDocx());

        AssertRejected(rejection, WordRejectionReason.PasswordProtected, "The document is password-protected; save an unprotected copy as .docx.");
    }

    [Fact]
    public void Other_compound_file_is_not_a_word_document()
    {
        var workbook = CompoundFileWriter.Write(("Workbook", new byte[4096]));

        var rejection = Rejection(workbook);

        AssertRejected(rejection, WordRejectionReason.NotAWordDocument, "The file is an OLE compound file but holds no Word document.");
    }

    [Fact]
    public void Compound_file_with_a_broken_directory_is_corrupt()
    {
        var doc = CompoundFileWriter.Write(("WordDocument", new byte[4096]));
        doc[48] = 0x7F; // the directory's first sector now lies far beyond the end of the file

        var rejection = Rejection(doc);

        AssertRejected(rejection, WordRejectionReason.CorruptFile, "The file is an OLE compound file (like a .doc) whose structure is damaged.");
    }

    [Theory]
    [InlineData("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")]
    [InlineData("<!DOCTYPE w:document SYSTEM \"http://example.invalid/word.dtd\">")]
    public void Document_type_declaration_is_refused_not_resolved(string doctype)
    {
        var docx = ReplaceDocumentXml(WithBody(P("x")), xml => xml.Replace("<w:document ", doctype + "<w:document ", StringComparison.Ordinal));

        var rejection = Rejection(docx);

        AssertRejected(rejection, WordRejectionReason.UnsafeXml, "The part 'word/document.xml' declares a DTD (<!DOCTYPE>); such documents are refused, never resolved.");
    }

    [Fact]
    public void Malformed_document_xml_is_corrupt()
    {
        var docx = ReplaceDocumentXml(WithBody(P("x")), xml => xml.Replace("</w:body>", string.Empty, StringComparison.Ordinal));

        var rejection = Rejection(docx);

        AssertRejected(rejection, WordRejectionReason.CorruptFile, "A part of the document is not well-formed XML.");
    }

    [Fact]
    public void Zip_without_a_word_document_is_refused()
    {
        var rejection = Rejection(HostileFiles.ZipOf(("hello.txt", "xin chào")));

        AssertRejected(rejection, WordRejectionReason.NotAWordDocument, "The file is a zip package but not a Word document.");
    }

    [Fact]
    public void Document_without_text_is_refused()
    {
        var rejection = Rejection(WithBody(P(), P(" \t "), P(R(string.Empty))));

        AssertRejected(rejection, WordRejectionReason.NoText, "The document contains no text.");
    }

    [Theory]
    [InlineData(WordprocessingDocumentType.MacroEnabledDocument)]
    [InlineData(WordprocessingDocumentType.Template)]
    [InlineData(WordprocessingDocumentType.MacroEnabledTemplate)]
    public void Macro_enabled_documents_and_templates_are_read(WordprocessingDocumentType type)
    {
        var docx = Create(main => main.Document.Body!.Append(P("Báo cáo")), type);

        Assert.Equal(["Báo cáo"], Texts(docx));
    }

    [Fact]
    public void Input_stream_is_only_read()
    {
        var docx = WithBody(P("Báo cáo"));
        var input = new MemoryStream(docx, writable: false);

        new WordDocumentReader().Read(input);

        Assert.Equal(docx, input.ToArray());
    }

    /// <summary>Makes both the local header and the central directory lie about an entry's size.</summary>
    private static void DeclareUncompressedSize(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var local = zip.AsSpan(i).StartsWith("PK\x03\x04"u8) && zip.AsSpan(i + 30).StartsWith(nameBytes);
            var central = zip.AsSpan(i).StartsWith("PK\x01\x02"u8) && zip.AsSpan(i + 46).StartsWith(nameBytes);
            if (local || central)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + (local ? 22 : 24), 4), size);
            }
        }
    }

    private static byte[] ReplaceDocumentXml(byte[] docx, Func<string, string> edit, CompressionLevel compression = CompressionLevel.Optimal)
    {
        var copy = new MemoryStream();
        copy.Write(docx);
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml", compression).Open());
            writer.Write(edit(xml));
        }

        return copy.ToArray();
    }
}
