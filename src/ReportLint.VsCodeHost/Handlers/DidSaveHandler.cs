using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary>
/// <c>textDocument/didSave</c>: the text is already known from didChange; saving re-publishes, which
/// costs nothing when the findings are current and repairs a client that dropped a publish.
/// </summary>
internal sealed class DidSaveHandler(DocumentStore documents, DiagnosticPublisher publisher)
{
    public Task HandleAsync(DidSaveTextDocumentParams parameters, CancellationToken cancellationToken)
    {
        if (documents.Get(parameters.TextDocument.Uri) is { } document)
        {
            publisher.Schedule(document);
        }

        return Task.CompletedTask;
    }
}
