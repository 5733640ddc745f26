using System.Text.Json;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Tests;

/// <summary>Drafts on disk in a folder of their own (so no rules.yml above them interferes), and applying the edits the server proposes.</summary>
internal static class TestDocuments
{
    public static string NewFolder() => Directory.CreateTempSubdirectory("reportlint-lsp-").FullName;

    public static string UriOf(string path) => DocumentUri.FromLocalPath(path);

    /// <summary>Applies LSP text edits (UTF-16 positions) to a text, as a client would: all against the original text.</summary>
    public static string Apply(string text, IEnumerable<JsonElement> edits)
    {
        var positions = new PositionConverter(text, PositionEncoding.Utf16);
        var changes = edits
            .Select(edit => (Start: positions.ToOffset(PositionOf(edit, "start")), End: positions.ToOffset(PositionOf(edit, "end")), Text: edit.GetProperty("newText").GetString()!))
            .OrderByDescending(change => change.Start);
        foreach (var (start, end, newText) in changes)
        {
            text = text[..start] + newText + text[end..];
        }

        return text;
    }

    /// <summary>The text edits a workspace edit makes to one document.</summary>
    public static IEnumerable<JsonElement> EditsTo(JsonElement workspaceEdit, string uri) =>
        workspaceEdit.GetProperty("documentChanges").EnumerateArray()
            .Where(change => change.TryGetProperty("textDocument", out var document) && document.GetProperty("uri").GetString() == uri)
            .SelectMany(change => change.GetProperty("edits").EnumerateArray());

    private static Position PositionOf(JsonElement edit, string end)
    {
        var position = edit.GetProperty("range").GetProperty(end);
        return new Position(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());
    }
}
