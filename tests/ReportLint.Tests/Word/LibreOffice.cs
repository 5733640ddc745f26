using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ReportLint.Tests.Word;

/// <summary>
/// LibreOffice and poppler as a real consumer of what ReportLint writes (Debian packages
/// libreoffice-writer-nogui and poppler-utils). Tests that need them skip when they are absent.
/// </summary>
internal static partial class LibreOffice
{
    public static string? Executable { get; } = FindOnPath("soffice") ?? FindOnPath("libreoffice");

    public static bool IsInstalled => Executable is not null && FindOnPath("pdftotext") is not null;

    /// <summary>
    /// Converts to PDF with comments exported: as PDF annotations (ExportNotes, every version) and,
    /// from LibreOffice 7.5 on, also printed in the margin (ExportNotesInMargin; older versions
    /// ignore the unknown option).
    /// </summary>
    public static string ConvertToPdf(string document, string outputFolder) => Convert(
        document,
        outputFolder,
        """pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}""",
        ".pdf");

    public static string ConvertToOdt(string document, string outputFolder) => Convert(document, outputFolder, "odt", ".odt");

    /// <summary>
    /// The paragraphs of an ODF text as LibreOffice holds them with every tracked change accepted:
    /// ODF keeps inserted text in place and deleted text out of line, under text:tracked-changes.
    /// </summary>
    public static IReadOnlyList<string> OdtAcceptedParagraphs(string odt)
    {
        var body = OdtContent(odt).Descendants(Office + "text").Single();
        return [.. body.Descendants().Where(e => e.Name == Text + "p" || e.Name == Text + "h")
            .Where(p => !p.Ancestors(Text + "tracked-changes").Any() && !p.Ancestors(Office + "annotation").Any())
            .Select(p => string.Concat(p.Nodes().Select(ShownText)))];
    }

    /// <summary>Each tracked change LibreOffice read: insertion or deletion, its author and, for a deletion, the text removed.</summary>
    public static IReadOnlyList<(string Kind, string Author, string Deleted)> OdtTrackedChanges(string odt) =>
        [.. OdtContent(odt).Descendants(Text + "changed-region").Select(region => region.Elements().Single()).Select(change => (
            change.Name.LocalName,
            change.Descendants(XNamespace.Get("http://purl.org/dc/elements/1.1/") + "creator").Single().Value,
            string.Concat(change.Elements(Text + "p").SelectMany(p => p.Nodes()).Select(ShownText))))];

    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private static XDocument OdtContent(string odt)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(odt);
        using var stream = archive.GetEntry("content.xml")!.Open();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    private static string ShownText(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "s" } space => new string(' ', int.Parse(space.Attribute(Text + "c")?.Value ?? "1", CultureInfo.InvariantCulture)),
        XElement { Name.LocalName: "tab" } => "\t",
        XElement { Name.LocalName: "line-break" } => "\v",
        XElement { Name.LocalName: "annotation" or "note" } => string.Empty,
        XElement element => string.Concat(element.Nodes().Select(ShownText)),
        _ => string.Empty,
    };

    public static string PdfText(string pdf) => Run("pdftotext", ["-enc", "UTF-8", pdf, "-"], Path.GetDirectoryName(pdf)!);

    /// <summary>The text of the PDF's annotations, which LibreOffice writes as UTF-16 hex strings.</summary>
    public static IReadOnlyList<string> PdfAnnotationTexts(string pdf) =>
        [.. AnnotationContents().Matches(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)))
            .Select(m => Encoding.BigEndianUnicode.GetString(System.Convert.FromHexString(m.Groups["hex"].Value)))];

    private static string Convert(string document, string outputFolder, string filter, string extension)
    {
        // A profile of its own: a user's running LibreOffice or a stale lock must not interfere.
        var profile = new Uri(Path.Combine(outputFolder, "libreoffice-profile")).AbsoluteUri;
        Run(Executable!, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", filter, "--outdir", outputFolder, document], outputFolder);
        var output = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(document) + extension);
        return File.Exists(output) ? output : throw new InvalidOperationException($"LibreOffice wrote no {output}.");
    }

    private static string Run(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in two minutes.");
        }

        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{program} exited with {process.ExitCode}: {error.Result}"));
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"/Contents\s*<FEFF(?<hex>[0-9A-Fa-f]*)>")]
    private static partial Regex AnnotationContents();
}

/// <summary>A fact that runs only where LibreOffice and pdftotext are installed.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (!LibreOffice.IsInstalled)
        {
            Skip = "LibreOffice (soffice) and pdftotext are not on PATH: apt-get install libreoffice-writer-nogui poppler-utils";
        }
    }
}
