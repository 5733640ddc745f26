using System.IO.Compression;
using System.Xml;

namespace ReportLint.Documents.Word;

/// <summary>
/// Checks a zip package against <see cref="WordOpenLimits"/> using only its central directory,
/// then inflates every entry under a byte cap (headers can lie), refuses XML parts with a DTD, and
/// streams each XML part to bound its nesting and the package's paragraphs before the SDK parses it.
/// </summary>
internal sealed class ZipPackageInspector(WordOpenLimits limits)
{
    // Parts the OpenXml SDK parses as XML; images such as SVG may legitimately carry a DOCTYPE.
    private static readonly string[] XmlPartExtensions = [".xml", ".rels", ".vml"];

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public void Inspect(Stream package)
    {
        // The archive reads its central directory and entries lazily: damage may surface anywhere.
        try
        {
            using var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            CheckDeclaredSizes(archive);
            foreach (var entry in archive.Entries)
            {
                InflateWithinDeclaredSize(entry);
            }

            var paragraphs = 0;
            foreach (var entry in archive.Entries.Where(IsXmlPart))
            {
                RefuseDocumentTypeDeclaration(entry);
                RefuseDeepNesting(entry, ref paragraphs);
            }
        }
        catch (InvalidDataException exception)
        {
            throw Corrupt(exception);
        }
    }

    private void CheckDeclaredSizes(ZipArchive archive)
    {
        var entries = archive.Entries;
        if (entries.Count > limits.MaxEntries)
        {
            throw new WordDocumentRejectedException(
                WordRejectionReason.ZipBomb,
                $"The package has {entries.Count} entries; at most {limits.MaxEntries} are accepted.");
        }

        long declaredTotal = 0;
        foreach (var entry in entries)
        {
            declaredTotal += entry.Length;

            // What is parsed is bounded, not how well it compresses: a long table of similar rows
            // compresses far better than 200:1 and is a document all the same.
            if (IsXmlPart(entry) && entry.Length > limits.MaxXmlPartBytes)
            {
                throw new WordDocumentRejectedException(
                    WordRejectionReason.TooLarge,
                    $"The part '{entry.FullName}' expands to {entry.Length} bytes; an XML part may have at most {limits.MaxXmlPartBytes}.")
                {
                    Limit = limits.MaxXmlPartBytes,
                };
            }
        }

        if (declaredTotal > limits.MaxTotalUncompressedBytes)
        {
            throw new WordDocumentRejectedException(
                WordRejectionReason.TooLarge,
                $"The package expands to {declaredTotal} bytes; at most {limits.MaxTotalUncompressedBytes} are accepted.")
            {
                Limit = limits.MaxTotalUncompressedBytes,
            };
        }
    }

    /// <summary>
    /// .NET stops inflating at the declared size, so a lying header yields a truncated part that
    /// fails to parse later; counting here keeps the cap independent of that runtime behaviour.
    /// </summary>
    private static void InflateWithinDeclaredSize(ZipArchiveEntry entry)
    {
        var buffer = new byte[81920];
        long inflated = 0;
        using var content = entry.Open();
        int read;
        while ((read = content.Read(buffer)) > 0)
        {
            inflated += read;
            if (inflated > entry.Length)
            {
                throw new WordDocumentRejectedException(
                    WordRejectionReason.ZipBomb,
                    $"The entry '{entry.FullName}' expands beyond the {entry.Length} bytes its header declares.");
            }
        }
    }

    private static bool IsXmlPart(ZipArchiveEntry entry) =>
        XmlPartExtensions.Any(extension => entry.FullName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        || entry.FullName == "[Content_Types].xml";

    private static void RefuseDocumentTypeDeclaration(ZipArchiveEntry entry)
    {
        // A DTD is the only place entities can be declared, so refusing it refuses every entity
        // trick (billion laughs, external files) without having to resolve anything.
        if (!PrologReads(entry, DtdProcessing.Prohibit) && PrologReads(entry, DtdProcessing.Ignore))
        {
            throw new WordDocumentRejectedException(
                WordRejectionReason.UnsafeXml,
                $"The part '{entry.FullName}' declares a DTD (<!DOCTYPE>); such documents are refused, never resolved.");
        }
    }

    /// <summary>
    /// The SDK builds its tree, and the reader walks it, recursing once per level: a part nested
    /// thousands of levels deep would overflow the stack, which cannot be caught. So the depth is
    /// measured first, streaming, without recursion. Malformed XML is left for the SDK to report.
    /// </summary>
    private void RefuseDeepNesting(ZipArchiveEntry entry, ref int paragraphs)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var content = entry.Open();
            using var reader = XmlReader.Create(content, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth >= limits.MaxXmlDepth)
                {
                    throw new WordDocumentRejectedException(
                        WordRejectionReason.NestedTooDeeply,
                        $"The part '{entry.FullName}' nests elements more than {limits.MaxXmlDepth} levels deep.")
                    {
                        Limit = limits.MaxXmlDepth,
                    };
                }

                // Counted here, streaming, so that a draft of too many paragraphs is refused before
                // the SDK builds a tree of them; parts ReportLint does not read count too.
                if (reader.LocalName == "p" && reader.NamespaceURI == WordNamespace && ++paragraphs > limits.MaxParagraphs)
                {
                    throw new WordDocumentRejectedException(
                        WordRejectionReason.TooManyParagraphs,
                        $"The package holds more than {limits.MaxParagraphs} paragraphs.")
                    {
                        Limit = limits.MaxParagraphs,
                    };
                }
            }
        }
        catch (XmlException)
        {
        }
    }

    // The prolog is everything before the root element: where a DOCTYPE has to be.
    private static bool PrologReads(ZipArchiveEntry entry, DtdProcessing dtdProcessing)
    {
        var settings = new XmlReaderSettings { DtdProcessing = dtdProcessing, XmlResolver = null };
        try
        {
            using var content = entry.Open();
            using var reader = XmlReader.Create(content, settings);
            while (reader.Read() && reader.NodeType != XmlNodeType.Element)
            {
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static WordDocumentRejectedException Corrupt(Exception exception) =>
        new(WordRejectionReason.CorruptFile, "The file is a damaged or truncated zip package.", exception);
}
