using ReportLint.Configuration;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary>
/// <c>workspace/didChangeWatchedFiles</c>: a rules.yml created, changed or deleted anywhere may
/// change which configuration governs a document, and a plugin a rules.yml lists changes its rules,
/// so all are read (and the plugins compiled) again and every open document is re-checked.
/// </summary>
internal sealed class DidChangeWatchedFilesHandler(ConfigurationResolver configurations, PluginProblemPublisher pluginProblems, DiagnosticPublisher publisher)
{
    public Task HandleAsync(DidChangeWatchedFilesParams parameters, CancellationToken cancellationToken)
    {
        var rulesChanged = parameters.Changes.Any(change =>
            change.Uri.EndsWith("/" + ConfigurationLoader.FileName, StringComparison.OrdinalIgnoreCase)
            || DocumentUri.ToLocalPath(change.Uri) is { } path && configurations.IsPlugin(path));
        if (rulesChanged)
        {
            configurations.Invalidate();
            pluginProblems.WithdrawAll();
            publisher.RecheckAll();
        }

        return Task.CompletedTask;
    }
}
