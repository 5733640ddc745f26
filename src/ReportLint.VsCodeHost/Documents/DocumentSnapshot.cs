using Microsoft.CodeAnalysis.Text;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Documents;

/// <summary>
/// One version of an open document. Immutable, so a check running in the background reads a
/// consistent text while newer edits arrive.
/// </summary>
internal sealed class DocumentSnapshot(string uri, DraftKind kind, int version, SourceText text, PositionEncoding encoding)
{
    private PositionConverter? _positions;

    public string Uri { get; } = uri;

    public DraftKind Kind { get; } = kind;

    public int Version { get; } = version;

    public SourceText Text { get; } = text;

    public PositionEncoding Encoding { get; } = encoding;

    /// <summary>Null for documents that are not files: they take the default configuration.</summary>
    public string? LocalPath { get; } = DocumentUri.ToLocalPath(uri);

    /// <summary>Built on first use: most versions are replaced by the next keystroke before anyone asks.</summary>
    public PositionConverter Positions => _positions ??= new PositionConverter(Text.ToString(), Encoding);
}
