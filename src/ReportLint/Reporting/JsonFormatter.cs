using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;

namespace ReportLint.Reporting;

/// <summary>A stable JSON document of the findings (schema in docs/output-formats.md).</summary>
internal sealed class JsonFormatter : IReportFormatter
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(RunReport report, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("tool", "ReportLint");
            json.WriteString("toolVersion", ToolInfo.Version);
            json.WriteString("language", report.Culture.Name);
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                WriteFile(report, file, json);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Files.Length);
            json.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
            json.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
            json.WriteNumber("infos", report.Count(DiagnosticSeverity.Info));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteFile(RunReport report, FileReport file, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("path", report.DisplayPath(file.Path));
        json.WriteString("format", file.Draft?.Format.ToString().ToLowerInvariant());
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in file.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", DiagnosticText.Level(diagnostic.Severity));
            json.WriteString("title", diagnostic.Descriptor.Title.ToString(report.Culture));
            json.WriteString("message", diagnostic.GetMessage(report.Culture));
            json.WriteString("helpUri", diagnostic.Descriptor.HelpLinkUri);
            WriteRange(json, diagnostic.Location);
            if (DiagnosticText.Snippet(file.Draft, diagnostic) is { } snippet)
            {
                json.WriteString("snippet", snippet);
            }

            if (FixData.TryGet(diagnostic, out var fix))
            {
                json.WriteStartObject("fix");
                json.WriteNumber("offset", fix.Span.Start);
                json.WriteNumber("length", fix.Span.Length);
                json.WriteString("replacement", fix.NewText);
                json.WriteEndObject();
            }

            if (diagnostic.AdditionalLocations.Count > 0)
            {
                json.WriteStartArray("related");
                foreach (var related in diagnostic.AdditionalLocations)
                {
                    json.WriteStartObject();
                    WriteRange(json, related);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (report.ExplainFigures && file.Draft is not null)
        {
            json.WriteStartArray("figures");
            FigureJson.WriteChecks(report, file, json);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter json, Location location)
    {
        var span = location.GetLineSpan().Span;
        json.WriteNumber("line", span.Start.Line + 1);
        json.WriteNumber("column", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
        json.WriteNumber("offset", location.SourceSpan.Start);
        json.WriteNumber("length", location.SourceSpan.Length);
    }
}
