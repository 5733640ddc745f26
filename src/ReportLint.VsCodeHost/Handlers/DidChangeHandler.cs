using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary><c>textDocument/didChange</c>: applies the incremental edits and supersedes any check of the older text.</summary>
internal sealed class DidChangeHandler(DocumentStore documents, DiagnosticPublisher publisher, ServerLog log)
{
    public Task HandleAsync(DidChangeTextDocumentParams parameters, CancellationToken cancellationToken)
    {
        if (documents.Change(parameters.TextDocument, parameters.ContentChanges) is { } changed)
        {
            publisher.Schedule(changed);
        }
        else
        {
            log.Warning($"didChange for {parameters.TextDocument.Uri}, which is not open.");
        }

        return Task.CompletedTask;
    }
}
