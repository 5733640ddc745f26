namespace ReportLint.VsCodeHost.Protocol.Types;

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>An incremental change when <see cref="Range"/> is set, otherwise the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(string Text)
{
    public Range? Range { get; init; }

    /// <summary>Deprecated by LSP 3.17 in favour of <see cref="Range"/>; read only to tolerate old clients.</summary>
    public int? RangeLength { get; init; }
}

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>The changes apply in order, each to the text the previous one produced.</summary>
public sealed record DidChangeTextDocumentParams(
    VersionedTextDocumentIdentifier TextDocument,
    IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument)
{
    public string? Text { get; init; }
}

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}
