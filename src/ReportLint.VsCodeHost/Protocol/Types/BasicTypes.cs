namespace ReportLint.VsCodeHost.Protocol.Types;

/// <summary>Zero-based line and character; what a character counts is the negotiated <see cref="PositionEncoding"/>.</summary>
public sealed record Position(int Line, int Character);

/// <summary>End-exclusive, like every LSP range.</summary>
public sealed record Range(Position Start, Position End);

/// <summary>URIs stay strings: a round trip through System.Uri can re-escape them (VS Code sends <c>file:///c%3A/...</c>), and the client matches them as written.</summary>
public sealed record Location(string Uri, Range Range);

public sealed record TextEdit(Range Range, string NewText);

public sealed record MarkupContent(string Kind, string Value);

public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}
