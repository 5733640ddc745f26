using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;

namespace ReportLint.Reporting;

/// <summary>
/// The relations between figures as JSON objects, for the <c>figures</c> array of the JSON report and
/// the <c>figures</c> property of a SARIF run (written with <c>--explain-figures</c>).
/// </summary>
internal static class FigureJson
{
    public static void WriteChecks(RunReport report, FileReport file, Utf8JsonWriter json, string? path = null)
    {
        foreach (var check in file.FigureChecks)
        {
            json.WriteStartObject();
            if (path is not null)
            {
                json.WriteString("path", path);
            }

            json.WriteString("ruleId", check.RuleId);
            json.WriteString("verdict", !check.Judged ? "notJudged" : check.Holds ? "holds" : "fails");
            json.WriteString("text", check.Text(report.Culture));
            WriteSpan(file.Draft!.Text, check.Span, json);
            json.WriteStartArray("figures");
            foreach (var span in check.Spans)
            {
                json.WriteStartObject();
                WriteSpan(file.Draft.Text, span, json);
                json.WriteString("text", file.Draft.Text.ToString(span));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private static void WriteSpan(SourceText text, TextSpan span, Utf8JsonWriter json)
    {
        var lines = text.Lines.GetLinePositionSpan(span);
        json.WriteNumber("line", lines.Start.Line + 1);
        json.WriteNumber("column", lines.Start.Character + 1);
        json.WriteNumber("endLine", lines.End.Line + 1);
        json.WriteNumber("endColumn", lines.End.Character + 1);
        json.WriteNumber("offset", span.Start);
        json.WriteNumber("length", span.Length);
    }
}
