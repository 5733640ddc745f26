using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportLint.VsCodeHost.Protocol.Types;

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The kinds the client asked for; null means all.</summary>
    public IReadOnlyList<string>? Only { get; init; }

    public CodeActionTriggerKind? TriggerKind { get; init; }
}

public enum CodeActionTriggerKind
{
    Invoked = 1,
    Automatic = 2,
}

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}

/// <summary>The result of <c>textDocument/codeAction</c> is a list of these.</summary>
public sealed record CodeAction(string Title)
{
    public string? Kind { get; init; }

    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public WorkspaceEdit? Edit { get; init; }

    public JsonElement? Data { get; init; }
}

public sealed record WorkspaceEdit
{
    /// <summary>Edits per document URI, for clients that do not version edits.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TextEdit>>? Changes { get; init; }

    /// <summary>Versioned edits: the client refuses them if the document moved on, so a stale fix never lands.</summary>
    public IReadOnlyList<TextDocumentEdit>? DocumentChanges { get; init; }
}

public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits);

public sealed record OptionalVersionedTextDocumentIdentifier(string Uri)
{
    /// <summary>Null (written, not omitted, as the spec requires) when the edit targets the file on disk.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; init; }
}
