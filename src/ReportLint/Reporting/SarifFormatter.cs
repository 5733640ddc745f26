using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using ReportLint.Analysis;

namespace ReportLint.Reporting;

/// <summary>
/// SARIF 2.1.0, for code-scanning services and IDEs: the rules as <c>tool.driver.rules</c>, each
/// finding with its region (1-based lines and UTF-16 columns), snippet, related locations and fix.
/// Artifact URIs are relative to the working folder (<c>%SRCROOT%</c>).
/// </summary>
internal sealed class SarifFormatter : IReportFormatter
{
    private const string SourceRoot = "%SRCROOT%";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(RunReport report, TextWriter writer)
    {
        var ruleIndex = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(report, json);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(report.WorkingDirectory.TrimEnd('/') + "/").AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var file in report.Files)
            {
                foreach (var diagnostic in file.Diagnostics)
                {
                    WriteResult(report, file, diagnostic, ruleIndex, json);
                }
            }

            json.WriteEndArray();
            if (report.ExplainFigures)
            {
                // SARIF has no place for checks that passed: they go in the run's property bag.
                json.WriteStartObject("properties");
                json.WriteStartArray("figures");
                foreach (var file in report.Files.Where(f => f.Draft is not null))
                {
                    FigureJson.WriteChecks(report, file, json, report.DisplayPath(file.Path));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTool(RunReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteString("language", report.Culture.Name);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(report.Culture));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description.ToString(report.Culture));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteBoolean("enabled", rule.IsEnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(RunReport report, FileReport file, Diagnostic diagnostic, Dictionary<string, int> ruleIndex, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.GetMessage(report.Culture));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        WriteLocation(report, file, diagnostic.Location, DiagnosticText.Snippet(file.Draft, diagnostic), json);
        json.WriteEndArray();
        if (diagnostic.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 1;
            foreach (var related in diagnostic.AdditionalLocations)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysicalLocation(report, file, related, file.Draft is null ? null : file.Draft.Text.ToString(related.SourceSpan), json);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (FixData.TryGet(diagnostic, out var fix) && file.Draft is not null)
        {
            WriteFix(report, file, fix, json);
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(RunReport report, FileReport file, Location location, string? snippet, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        WritePhysicalLocation(report, file, location, snippet, json);
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(RunReport report, FileReport file, Location location, string? snippet, Utf8JsonWriter json)
    {
        json.WriteStartObject("physicalLocation");
        WriteArtifact(report, file.Path, json);
        var hasRegion = file.Draft is not null && location.SourceSpan.End <= file.Draft.Text.Length && location.GetLineSpan().Span != default;
        if (hasRegion)
        {
            var span = location.GetLineSpan().Span;
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.Start.Line + 1);
            json.WriteNumber("startColumn", span.Start.Character + 1);
            json.WriteNumber("endLine", span.End.Line + 1);
            json.WriteNumber("endColumn", span.End.Character + 1);
            json.WriteNumber("charOffset", location.SourceSpan.Start);
            json.WriteNumber("charLength", location.SourceSpan.Length);
            if (snippet is not null)
            {
                json.WriteStartObject("snippet");
                json.WriteString("text", snippet);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifact(RunReport report, string path, Utf8JsonWriter json)
    {
        json.WriteStartObject("artifactLocation");
        var display = report.DisplayPath(path);
        if (Path.IsPathRooted(display))
        {
            json.WriteString("uri", new Uri(display).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', display.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
    }

    private static void WriteFix(RunReport report, FileReport file, Microsoft.CodeAnalysis.Text.TextChange fix, Utf8JsonWriter json)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifact(report, file.Path, json);
        json.WriteStartArray("replacements");
        json.WriteStartObject();
        json.WriteStartObject("deletedRegion");
        json.WriteNumber("charOffset", fix.Span.Start);
        json.WriteNumber("charLength", fix.Span.Length);
        json.WriteEndObject();
        json.WriteStartObject("insertedContent");
        json.WriteString("text", fix.NewText);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    // SARIF wants a PascalCase name without spaces: the rule's English title.
    private static string RuleName(DiagnosticDescriptor rule) =>
        string.Concat(rule.Title.ToString(System.Globalization.CultureInfo.GetCultureInfo("en"))
            .Split([' ', '-', '(', ')', ',', '.', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
