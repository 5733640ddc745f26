using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

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
