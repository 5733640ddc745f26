using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary><c>textDocument/didClose</c>: forgets the document and clears its findings in the client.</summary>
internal sealed class DidCloseHandler(DocumentStore documents, DocumentChecker checker, DiagnosticPublisher publisher)
{
    public Task HandleAsync(DidCloseTextDocumentParams parameters, CancellationToken cancellationToken)
    {
        var uri = parameters.TextDocument.Uri;
        documents.Close(uri);
        checker.Forget(uri);
        publisher.Clear(uri);
        return Task.CompletedTask;
    }
}
