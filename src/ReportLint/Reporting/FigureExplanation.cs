namespace ReportLint.Reporting;

/// <summary>
/// The <c>--explain-figures</c> listing: per file, every relation between figures that was checked,
/// ✓ when it holds and ✗ when it does not, so that an editor sees what was and was not verified.
/// </summary>
internal static class FigureExplanation
{
    public static void Write(RunReport report, TextWriter writer)
    {
        foreach (var file in report.Files.Where(f => f.Draft is not null))
        {
            writer.WriteLine();
            var holding = file.FigureChecks.Count(c => c.Holds && c.Judged);
            var unjudged = file.FigureChecks.Count(c => !c.Judged);
            writer.WriteLine($"{report.DisplayPath(file.Path)}: {holding} ✓, {file.FigureChecks.Length - holding - unjudged} ✗{(unjudged > 0 ? $", {unjudged} – (không kiểm tra)" : "")}");
            foreach (var check in file.FigureChecks)
            {
                var position = file.Draft!.Text.Lines.GetLinePosition(check.Span.Start);
                writer.WriteLine($"  {(!check.Judged ? "–" : check.Holds ? "✓" : "✗")} {position.Line + 1}:{position.Character + 1} {check.RuleId} {check.Text(report.Culture)}");
            }
        }
    }
}
