using System.Collections.Concurrent;
using System.Globalization;
using ReportLint.Plugins;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;
using LspDiagnostic = ReportLint.VsCodeHost.Protocol.Types.Diagnostic;
using Range = ReportLint.VsCodeHost.Protocol.Types.Range;

namespace ReportLint.VsCodeHost.Linting;

/// <summary>
/// A plugin that does not compile is shown where the mistake is: a diagnostic on the plugin file at
/// the compiler's line and column. It is pushed whatever diagnostic model the client chose, since
/// no client asks the server for a C# file's diagnostics, and withdrawn when plugins may have
/// changed; loading them again shows what is still wrong.
/// </summary>
internal sealed class PluginProblemPublisher(JsonRpcConnection connection)
{
    private readonly ConcurrentDictionary<string, bool> _shown = new(StringComparer.Ordinal);

    public void Show(RulesProblem problem)
    {
        var uri = DocumentUri.FromLocalPath(problem.Path);
        _shown[uri] = true;
        var position = new Position(Math.Max(0, problem.Line - 1), Math.Max(0, problem.Column - 1));

        // The compiler's message is in English whatever the report's language.
        var diagnostic = new LspDiagnostic(new Range(position, position), problem.Describe(CultureInfo.InvariantCulture))
        {
            Severity = DiagnosticConverter.ToLsp(problem.Descriptor.DefaultSeverity),
            Code = problem.Descriptor.Id,
            Source = DiagnosticConverter.Source,
        };
        connection.SendNotification(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, [diagnostic]));
    }

    public void WithdrawAll()
    {
        foreach (var uri in _shown.Keys)
        {
            if (_shown.TryRemove(uri, out _))
            {
                connection.SendNotification(LspMethods.PublishDiagnostics, new PublishDiagnosticsParams(uri, []));
            }
        }
    }
}
