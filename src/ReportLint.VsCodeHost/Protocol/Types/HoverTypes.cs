namespace ReportLint.VsCodeHost.Protocol.Types;

internal sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>The result of <c>textDocument/hover</c>; a handler answers null when there is nothing to show.</summary>
internal sealed record Hover(MarkupContent Contents)
{
    public Range? Range { get; init; }
}
