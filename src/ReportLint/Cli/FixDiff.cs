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
            var after = file.Draft!.Text.ToString();

            // DiffPlex reads the end of a last line as the start of one more, empty line: without
            // its final line feed each text has the lines it really has, as diff and patch count them.
            if (before.EndsWith('\n') && after.EndsWith('\n'))
            {
                (before, after) = (before[..^1], after[..^1]);
            }

            writer.Write(UnidiffRenderer.GenerateUnidiff(before, after, path, path));
        }
    }
}
