using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary>
/// <c>textDocument/diagnostic</c>: the findings of the document's current version, or "unchanged"
/// when the client already holds them. The client cancels a pull that a newer edit made stale.
/// </summary>
internal sealed class DocumentDiagnosticHandler(DocumentStore documents, DocumentChecker checker)
{
    public async Task<DocumentDiagnosticReport> HandleAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        var document = documents.Get(parameters.TextDocument.Uri)
            ?? throw ErrorCodes.Error(ErrorCodes.InvalidParams, $"{parameters.TextDocument.Uri} is not open.");
        var outcome = await Task.Run(() => checker.Check(document, cancellationToken), cancellationToken);
        return parameters.PreviousResultId == outcome.ResultId
            ? new UnchangedDocumentDiagnosticReport(outcome.ResultId)
            : new FullDocumentDiagnosticReport(DiagnosticConverter.ToLsp(outcome)) { ResultId = outcome.ResultId };
    }
}
