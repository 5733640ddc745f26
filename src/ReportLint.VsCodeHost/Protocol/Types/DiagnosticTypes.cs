using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportLint.VsCodeHost.Protocol.Types;

internal enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

internal sealed record CodeDescription(string Href);

internal sealed record DiagnosticRelatedInformation(Location Location, string Message);

internal sealed record Diagnostic(Range Range, string Message)
{
    public DiagnosticSeverity? Severity { get; init; }

    /// <summary>LSP allows an integer code; other tools' diagnostics that come back in a code action context may carry one.</summary>
    [JsonConverter(typeof(IntegerOrStringConverter))]
    public string? Code { get; init; }

    public CodeDescription? CodeDescription { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }

    /// <summary>Returned untouched by the client in code action requests: room for what a fix needs.</summary>
    public JsonElement? Data { get; init; }
}

internal sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The document version the diagnostics were computed for, so the client can drop stale ones.</summary>
    public int? Version { get; init; }
}

internal sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument)
{
    public string? Identifier { get; init; }

    public string? PreviousResultId { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(FullDocumentDiagnosticReport), "full")]
[JsonDerivedType(typeof(UnchangedDocumentDiagnosticReport), "unchanged")]
internal abstract record DocumentDiagnosticReport;

internal sealed record FullDocumentDiagnosticReport(IReadOnlyList<Diagnostic> Items) : DocumentDiagnosticReport
{
    public string? ResultId { get; init; }
}

/// <summary>Tells a pulling client that its diagnostics for <see cref="ResultId"/> still hold.</summary>
internal sealed record UnchangedDocumentDiagnosticReport(string ResultId) : DocumentDiagnosticReport;

/// <summary>Reads an <c>integer | string</c> member as a string.</summary>
internal sealed class IntegerOrStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => JsonElement.ParseValue(ref reader).GetRawText(),
            _ => throw new JsonException("Expected an integer or a string."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
