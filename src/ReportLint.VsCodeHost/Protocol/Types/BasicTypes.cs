namespace ReportLint.VsCodeHost.Protocol.Types;

/// <summary>Zero-based line and character; what a character counts is the negotiated <see cref="PositionEncoding"/>.</summary>
internal sealed record Position(int Line, int Character);

/// <summary>End-exclusive, like every LSP range.</summary>
internal sealed record Range(Position Start, Position End);

/// <summary>URIs stay strings: a round trip through System.Uri can re-escape them (VS Code sends <c>file:///c%3A/...</c>), and the client matches them as written.</summary>
internal sealed record Location(string Uri, Range Range);

internal sealed record TextEdit(Range Range, string NewText);

internal sealed record MarkupContent(string Kind, string Value);

internal static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}
