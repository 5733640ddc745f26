using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportLint.VsCodeHost.Protocol.Types;

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

internal sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The kinds the client asked for; null means all.</summary>
    public IReadOnlyList<string>? Only { get; init; }

    public CodeActionTriggerKind? TriggerKind { get; init; }
}

internal enum CodeActionTriggerKind
{
    Invoked = 1,
    Automatic = 2,
}

internal static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}

/// <summary>The result of <c>textDocument/codeAction</c> is a list of these.</summary>
internal sealed record CodeAction(string Title)
{
    public string? Kind { get; init; }

    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public WorkspaceEdit? Edit { get; init; }

    public JsonElement? Data { get; init; }
}

internal sealed record WorkspaceEdit
{
    /// <summary>Edits per document URI, for clients that do not version edits.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TextEdit>>? Changes { get; init; }

    /// <summary>Versioned edits and file operations, applied in order: the client refuses an edit if its document moved on, so a stale fix never lands.</summary>
    public IReadOnlyList<DocumentChange>? DocumentChanges { get; init; }
}

/// <summary>
/// One entry of <see cref="WorkspaceEdit.DocumentChanges"/>: a text edit, told apart by having no
/// <c>kind</c>, or a resource operation such as <see cref="CreateFile"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextDocumentEdit))]
[JsonDerivedType(typeof(CreateFile), "create")]
internal abstract record DocumentChange;

internal sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits) : DocumentChange;

internal sealed record CreateFile(string Uri) : DocumentChange
{
    public CreateFileOptions? Options { get; init; }
}

internal sealed record CreateFileOptions
{
    /// <summary>Leave an existing file alone: it was created after the server looked.</summary>
    public bool? IgnoreIfExists { get; init; }
}

internal sealed record OptionalVersionedTextDocumentIdentifier(string Uri)
{
    /// <summary>Null (written, not omitted, as the spec requires) when the edit targets the file on disk.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; init; }
}
