using Microsoft.CodeAnalysis.Text;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.CodeActions;

/// <summary>Edits to the checked document, versioned so the client refuses them once the text has moved on.</summary>
internal static class DocumentEdits
{
    public static WorkspaceEdit Of(CheckOutcome outcome, IEnumerable<TextChange> changes)
    {
        var document = outcome.Document;
        var edits = changes
            .Select(change => new TextEdit(document.Positions.ToRange(change.Span.Start, change.Span.End), change.NewText ?? string.Empty))
            .ToList();
        return new WorkspaceEdit
        {
            DocumentChanges = [new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(document.Uri) { Version = document.Version }, edits)],
        };
    }
}
