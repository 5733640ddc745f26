using ReportLint.Configuration;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary>
/// <c>workspace/didChangeWatchedFiles</c>: a rules.yml created, changed or deleted anywhere may
/// change which configuration governs a document, so all are read again and every open document is re-checked.
/// </summary>
public sealed class DidChangeWatchedFilesHandler(ConfigurationResolver configurations, DiagnosticPublisher publisher)
{
    public Task HandleAsync(DidChangeWatchedFilesParams parameters, CancellationToken cancellationToken)
    {
        var rulesFileChanged = parameters.Changes.Any(change =>
            change.Uri.EndsWith("/" + ConfigurationLoader.FileName, StringComparison.OrdinalIgnoreCase));
        if (rulesFileChanged)
        {
            configurations.Invalidate();
            publisher.RecheckAll();
        }

        return Task.CompletedTask;
    }
}
