using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Reporting;

namespace ReportLint.Cli;

/// <summary>
/// Writes each fixed Markdown or plain-text draft over its file, atomically, in its own encoding,
/// byte order mark and line endings. A file that changed on disk while it was being checked is not
/// overwritten: the fixes were made to the text that was read.
/// </summary>
internal static class FixedTextFiles
{
    /// <summary>Writes every fixed text draft and returns the problems, one line each (none when all were written).</summary>
    public static IReadOnlyList<string> Write(RunReport report)
    {
        var problems = new List<string>();
        foreach (var file in report.Files.Where(f => f.Fix is { Changed: true } && f.Draft?.Format != DraftFormat.Word))
        {
            var read = file.Fix!.Passes[0].Before.Text;
            var encoding = read.Encoding ?? System.Text.Encoding.UTF8;
            var onDisk = DraftLoader.ReadFile(file.Path);
            if (!Unchanged(onDisk, read.ToString()))
            {
                problems.Add(ToolDiagnostics.Text("Cli_FixChangedMeanwhile", report.Culture, report.DisplayPath(file.Path)));
                continue;
            }

            var byteOrderMark = TextFileEncoding.StartsWithByteOrderMark(onDisk, encoding);
            var mode = OperatingSystem.IsWindows() ? (UnixFileMode?)null : File.GetUnixFileMode(file.Path);
            AtomicFile.Write(file.Path, stream => TextFileEncoding.Write(stream, file.Draft!.Text.ToString(), encoding, byteOrderMark));
            if (mode is { } kept && !OperatingSystem.IsWindows())
            {
                // The file replaced keeps the permissions the author gave it.
                File.SetUnixFileMode(file.Path, kept);
            }
        }

        return problems;
    }

    private static bool Unchanged(byte[] onDisk, string read)
    {
        try
        {
            return TextDecoder.Decode(onDisk).Text == read;
        }
        catch (DraftReadException)
        {
            return false;
        }
    }
}
