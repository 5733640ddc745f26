using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Handlers;

/// <summary>
/// <c>workspace/didChangeConfiguration</c>: takes the new <c>reportlint.*</c> settings (language,
/// severities) and re-checks the open documents with them.
/// </summary>
internal sealed class DidChangeConfigurationHandler(ConfigurationResolver configurations, DiagnosticPublisher publisher, JsonRpcConnection connection)
{
    public Task HandleAsync(DidChangeConfigurationParams parameters, CancellationToken cancellationToken)
    {
        Apply(parameters.Settings);
        publisher.RecheckAll();
        return Task.CompletedTask;
    }

    /// <summary>Also used for the settings a client sends in <c>initializationOptions</c>.</summary>
    public void Apply(System.Text.Json.JsonElement? settings)
    {
        var problems = new List<string>();
        configurations.Settings = ClientSettings.Read(settings, problems);
        foreach (var problem in problems)
        {
            connection.SendNotification(LspMethods.ShowMessage, new ShowMessageParams(MessageType.Warning, $"ReportLint: {problem}"));
        }
    }
}
