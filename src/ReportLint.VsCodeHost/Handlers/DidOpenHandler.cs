using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary><c>textDocument/didOpen</c>: the document enters the store and gets its first check.</summary>
internal sealed class DidOpenHandler(DocumentStore documents, DiagnosticPublisher publisher)
{
    public Task HandleAsync(DidOpenTextDocumentParams parameters, CancellationToken cancellationToken)
    {
        publisher.Schedule(documents.Open(parameters.TextDocument));
        return Task.CompletedTask;
    }
}
