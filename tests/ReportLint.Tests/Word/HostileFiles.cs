using System.IO.Compression;

namespace ReportLint.Tests.Word;

/// <summary>Files that must be refused before their content is trusted.</summary>
internal static class HostileFiles
{
    /// <summary>A Word 97-2003 binary document: an OLE file whose WordDocument stream starts with the FIB's 0xA5EC.</summary>
    public static byte[] Word97Document()
    {
        var fib = new byte[4096];
        fib[0] = 0xEC;
        fib[1] = 0xA5;
        return CompoundFileWriter.Write(("WordDocument", fib), ("1Table", new byte[16]));
    }

    /// <summary>How Office stores a password-protected .docx: an OLE file with the encrypted package inside.</summary>
    public static byte[] EncryptedDocx() =>
        CompoundFileWriter.Write(("EncryptionInfo", new byte[64]), ("EncryptedPackage", new byte[600]));

    /// <summary>10 MB of spaces that deflate to about 10 kilobytes, beyond what an XML part may expand to.</summary>
    public static byte[] ZipBomb() => ZipOf(("word/document.xml", new string(' ', 10 * 1024 * 1024)));

    public static byte[] ZipOf(params (string Name, string Content)[] entries)
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.Optimal).Open());
                writer.Write(content);
            }
        }

        return zip.ToArray();
    }
}
