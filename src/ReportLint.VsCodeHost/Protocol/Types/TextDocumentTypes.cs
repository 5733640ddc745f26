namespace ReportLint.VsCodeHost.Protocol.Types;

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>An incremental change when <see cref="Range"/> is set, otherwise the whole new text.</summary>
internal sealed record TextDocumentContentChangeEvent(string Text)
{
    public Range? Range { get; init; }

    /// <summary>Deprecated by LSP 3.17 in favour of <see cref="Range"/>; read only to tolerate old clients.</summary>
    public int? RangeLength { get; init; }
}

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>The changes apply in order, each to the text the previous one produced.</summary>
internal sealed record DidChangeTextDocumentParams(
    VersionedTextDocumentIdentifier TextDocument,
    IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument)
{
    public string? Text { get; init; }
}

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

internal enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}
