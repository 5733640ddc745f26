using DiffPlex.Renderer;
using ReportLint.Reporting;

namespace ReportLint.Cli;

/// <summary>
/// <c>--fix --dry-run</c>: what the fixes would change, as a unified diff of each draft's text
/// (paths relative to the working folder, for <c>patch -p0</c>). For a Word draft, the diff of its
/// text as Word shows it, one line a paragraph.
/// </summary>
internal static class FixDiff
{
    public static void Write(RunReport report, TextWriter writer)
    {
        foreach (var file in report.Files.Where(f => f.Fix is { Changed: true }))
        {
            var path = report.DisplayPath(file.Path);
            var before = file.Fix!.Passes[0].Before.Text.ToString();
            writer.Write(UnidiffRenderer.GenerateUnidiff(before, file.Draft!.Text.ToString(), path, path));
        }
    }
}
