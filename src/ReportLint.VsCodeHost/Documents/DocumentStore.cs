using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Text;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Documents;

/// <summary>
/// The open documents as the client last described them. Written only by text synchronisation
/// notifications, which the connection handles one at a time in arrival order.
/// </summary>
internal sealed class DocumentStore(Func<PositionEncoding> encoding)
{
    private readonly ConcurrentDictionary<string, DocumentSnapshot> _documents = new(StringComparer.Ordinal);

    public IEnumerable<DocumentSnapshot> All => _documents.Values;

    public DocumentSnapshot? Get(string uri) => _documents.GetValueOrDefault(uri);

    public DocumentSnapshot Open(TextDocumentItem item)
    {
        var snapshot = new DocumentSnapshot(item.Uri, DraftKinds.FromLanguageId(item.LanguageId), item.Version, SourceText.From(item.Text), encoding());
        _documents[item.Uri] = snapshot;
        return snapshot;
    }

    /// <summary>Applies the changes in order, each to the text the previous one produced; null when the document is not open.</summary>
    public DocumentSnapshot? Change(VersionedTextDocumentIdentifier document, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        if (!_documents.TryGetValue(document.Uri, out var current))
        {
            return null;
        }

        // The current version's converter is usually built already (diagnostics needed it); later
        // changes in the same batch apply to the text the previous one produced.
        var text = current.Text;
        var positions = current.Positions;
        for (var i = 0; i < changes.Count; i++)
        {
            if (i > 0)
            {
                positions = new PositionConverter(text.ToString(), current.Encoding);
            }

            text = Apply(text, positions, changes[i]);
        }

        var snapshot = new DocumentSnapshot(current.Uri, current.Kind, document.Version, text, current.Encoding);
        _documents[document.Uri] = snapshot;
        return snapshot;
    }

    public bool Close(string uri) => _documents.TryRemove(uri, out _);

    /// <remarks>
    /// <paramref name="positions"/> reads the text as it is before this change, with line ends and
    /// encoding as LSP defines them (Roslyn's own lines also break at U+2028 and U+0085).
    /// </remarks>
    private static SourceText Apply(SourceText text, PositionConverter positions, TextDocumentContentChangeEvent change)
    {
        if (change.Range is not { } range)
        {
            return SourceText.From(change.Text);
        }

        var start = positions.ToOffset(range.Start);
        var end = Math.Max(start, positions.ToOffset(range.End));
        return text.WithChanges(new TextChange(TextSpan.FromBounds(start, end), change.Text));
    }
}
