using System.IO.Compression;
using System.Text;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Fuzzing;

/// <summary>
/// Mutates seed drafts (Markdown, text, Word) and rules.yml into inputs that are broken in the ways
/// real files break and hostile files are built: bytes flipped or cut, slices repeated, markup
/// nested thousands deep, attribute values replaced by junk. Case <c>i</c> of seed <c>s</c> is
/// always the same input, so a failure is reproduced from the two numbers alone.
/// </summary>
public sealed class MutationFuzzer(int seed)
{
    private static readonly string[] MarkdownTokens = [">", "- ", "1. ", "[", "](", "*", "_", "`", "|", "<!--", "#", "\n", "\t", "&#", "\uFFFE", "\u0301", "<div>", "    "];
    private static readonly string[] YamlTokens = ["[", "{", "- ", ": ", "&a ", "*a ", "!!str ", "\n  ", "rules:\n", "RL2001: ", "? "];
    // Balanced fragments and wrappers, inserted where an element starts, so that most mutated parts
    // stay well-formed and reach the reader instead of the XML parser's refusal.
    private static readonly string[] XmlTokens =
    [
        "<w:p><w:r><w:t>chữ</w:t></w:r></w:p>", "<w:r><w:t xml:space=\"preserve\"> chữ </w:t></w:r>", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
        "<w:r><w:fldChar w:fldCharType=\"junk\"/></w:r>", "<w:r><w:br w:type=\"junk\"/></w:r>", "<w:r><w:rPr><w:vanish w:val=\"maybe\"/></w:rPr><w:t>ẩn</w:t></w:r>",
        "<w:tbl><w:tr><w:trPr><w:tblHeader w:val=\"1\"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\"/><w:vMerge w:val=\"x\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>",
        "<w:p><w:pPr><w:outlineLvl w:val=\"-7\"/><w:numPr><w:numId w:val=\"abc\"/></w:numPr></w:pPr></w:p>", "<w:altChunk r:id=\"rId999\"/>",
    ];

    private static readonly (string Open, string Close)[] XmlWrappers =
    [
        ("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>"), ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
        ("<w:smartTag w:element=\"x\">", "</w:smartTag>"), ("<w:hyperlink>", "</w:hyperlink>"), ("<w:ins w:id=\"1\" w:author=\"a\">", "</w:ins>"),
    ];

    private readonly IReadOnlyList<(string Name, byte[] Bytes)> seeds = LoadSeeds();

    public FuzzCase Case(int index)
    {
        // HashCode.Combine is salted per process: case i of seed s must be the same input in every run.
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var (name, original) = seeds[random.Next(seeds.Count)];
        var extension = Path.GetExtension(name);
        if (extension == ".docx" && random.Next(3) > 0)
        {
            var (mutation, document) = MutateXml(random, ReadDocumentXml(original));
            return new FuzzCase(index, name, "document.xml: " + mutation, WithDocumentXml(original, document));
        }

        if (extension is ".md" or ".txt" or ".yml")
        {
            var (mutation, text) = MutateText(random, Encoding.UTF8.GetString(original), extension == ".yml" ? YamlTokens : MarkdownTokens);
            return new FuzzCase(index, name, mutation, Encoding.UTF8.GetBytes(text));
        }

        var (byteMutation, bytes) = MutateBytes(random, original);
        return new FuzzCase(index, name, byteMutation, bytes);
    }

    private static (string, string) MutateText(Random random, string text, string[] tokens)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(4))
        {
            case 0:
                var token = tokens[random.Next(tokens.Length)];
                var times = random.Next(3) == 0 ? random.Next(1, 20_000) : random.Next(1, 64);
                return ($"insert {times} × {Escape(token)} at {at}", text.Insert(at, string.Concat(Enumerable.Repeat(token, times))));
            case 1:
                var length = random.Next(Math.Min(200, text.Length - at) + 1);
                var copies = random.Next(1, 2_000);
                return ($"repeat {length} chars at {at} × {copies}", text.Insert(at, string.Concat(Enumerable.Repeat(text.Substring(at, length), copies))));
            case 2:
                var cut = random.Next(text.Length - at + 1);
                return ($"delete {cut} chars at {at}", text.Remove(at, cut));
            default:
                var replaced = (char)random.Next(0x20, 0x3000);
                return at < text.Length ? ($"replace char {at} by U+{(int)replaced:X4}", text[..at] + replaced + text[(at + 1)..]) : ("none", text);
        }
    }

    private static (string, string) MutateXml(Random random, string xml)
    {
        // Where an element of the body starts: after <w:body>, before any '<'.
        var bodyStart = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
        var bodyEnd = xml.LastIndexOf("</w:body>", StringComparison.Ordinal);
        if (bodyStart < "<w:body>".Length || bodyEnd < bodyStart || random.Next(4) == 0)
        {
            return MutateText(random, xml, [.. XmlTokens, .. XmlWrappers.Select(w => w.Open)]);
        }

        var at = xml.IndexOf('<', random.Next(bodyStart, bodyEnd + 1));
        var times = random.Next(3) == 0 ? random.Next(1, 5_000) : random.Next(1, 40);
        if (random.Next(2) == 0)
        {
            var token = XmlTokens[random.Next(XmlTokens.Length)];
            return ($"insert {times} × {token} at {at}", xml.Insert(at, string.Concat(Enumerable.Repeat(token, times))));
        }

        var (open, close) = XmlWrappers[random.Next(XmlWrappers.Length)];
        var nested = string.Concat(Enumerable.Repeat(open, times)) + "<w:r><w:t>lõi</w:t></w:r>" + string.Concat(Enumerable.Repeat(close, times));
        return ($"nest {times} × {open} at {at}", xml.Insert(at, nested));
    }

    private static (string, byte[]) MutateBytes(Random random, byte[] bytes)
    {
        var mutated = (byte[])bytes.Clone();
        var at = random.Next(mutated.Length);
        switch (random.Next(3))
        {
            case 0:
                var flips = random.Next(1, 8);
                for (var i = 0; i < flips; i++)
                {
                    mutated[random.Next(mutated.Length)] ^= (byte)random.Next(1, 256);
                }

                return ($"{flips} bytes flipped", mutated);
            case 1:
                return ($"cut at {at}", mutated[..at]);
            default:
                var length = random.Next(Math.Min(64, mutated.Length - at) + 1);
                Array.Fill(mutated, (byte)random.Next(256), at, length);
                return ($"{length} bytes filled at {at}", mutated);
        }
    }

    private static string Escape(string token) => token.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    private static string ReadDocumentXml(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] WithDocumentXml(byte[] docx, string documentXml)
    {
        var copy = new MemoryStream();
        copy.Write(docx);
        using (var archive = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
            writer.Write(documentXml);
        }

        return copy.ToArray();
    }

    private static List<(string Name, byte[] Bytes)> LoadSeeds()
    {
        var zoo = Path.Combine(TestPaths.ProjectDirectory, "Word", "Fixtures", "zoo");
        var seeds = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order()
            .SelectMany(path => new[] { (Path.GetFileName(path), File.ReadAllBytes(path)), (Path.ChangeExtension(Path.GetFileName(path), ".md"), File.ReadAllBytes(path)) })
            .Concat(Directory.GetFiles(Path.Combine(zoo, "sources"), "*.md").Order().Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))))
            .Concat(Directory.GetFiles(zoo, "*.docx").Order().Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))))
            .Append(("rules.yml", File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "rules.yml"))));
        return [.. seeds];
    }
}
