using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Plugins;
using ReportLint.VsCodeHost.CodeActions;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Handlers;
using ReportLint.VsCodeHost.Hovers;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost;

/// <summary>
/// Puts ReportLint behind a <see cref="LanguageServer"/>: builds the linting services and registers
/// one handler per LSP method. The protocol layer stays unaware of linting.
/// </summary>
internal sealed class ReportLintHost
{
    public static readonly ServerCapabilities Capabilities = new()
    {
        TextDocumentSync = new TextDocumentSyncOptions { OpenClose = true, Change = TextDocumentSyncKind.Incremental, Save = new SaveOptions { IncludeText = false } },
        HoverProvider = true,
        CodeActionProvider = new CodeActionOptions { CodeActionKinds = [CodeActionKind.QuickFix] },
        DiagnosticProvider = new DiagnosticOptions(InterFileDependencies: false, WorkspaceDiagnostics: false) { Identifier = DiagnosticConverter.Source },
    };

    /// <summary>
    /// A short draft with a heading, a table, figures, a date and a repeated word: checking it once
    /// at start-up loads what every check needs (lexicons, the figure grammar, the rules' tables) and,
    /// where code was not compiled ahead of time, compiles it.
    /// </summary>
    private const string WarmUpDraft = """
        # Kết quả năm 2023

        Đến hết năm 2023, Đảng bộ huyện có 41 tổ chức cơ sở đảng, gồm: 13 đảng bộ cơ sở, 28 chi bộ trực thuộc; 86/101 bản có chi ủy, đạt 85,1%. Ngày 5/3/2024 (thứ Ba), Ủy ban nhân dân huyện hòa giải thành các các vụ việc, tăng 12,5% so với cùng kỳ.

        | Năm | Số vụ |
        | --- | --- |
        | 2023 | 12 |
        """;

    private readonly DiagnosticPublisher _publisher;
    private readonly DidChangeConfigurationHandler _configurationChanged;
    private readonly ConfigurationResolver _configurations;
    private readonly ServerLog _log;

    private ReportLintHost(LanguageServer server, ServerLog log)
    {
        var connection = server.Connection;
        var engine = LintEngine.CreateDefault();
        var client = new ClientProfile();
        var documents = new DocumentStore(() => client.Encoding);
        var pluginProblems = new PluginProblemPublisher(connection);
        var rules = new RulesLoader(engine, new PluginCompiler(PluginCompiler.DefaultCacheFolder));
        var configurations = new ConfigurationResolver(rules, problem => ReportInvalid(connection, log, pluginProblems, problem));
        _configurations = configurations;
        _log = log;
        var checker = new DocumentChecker(configurations);
        _publisher = new DiagnosticPublisher(connection, documents, checker, client, log);
        _configurationChanged = new DidChangeConfigurationHandler(configurations, _publisher, connection);

        server.Configure = parameters =>
        {
            client.Learn(parameters, server.PositionEncoding);
            ApplyInitializationOptions(parameters.InitializationOptions);
        };

        connection.OnNotification<DidOpenTextDocumentParams>(LspMethods.DidOpen, new DidOpenHandler(documents, _publisher).HandleAsync);
        connection.OnNotification<DidChangeTextDocumentParams>(LspMethods.DidChange, new DidChangeHandler(documents, _publisher, log).HandleAsync);
        connection.OnNotification<DidSaveTextDocumentParams>(LspMethods.DidSave, new DidSaveHandler(documents, _publisher).HandleAsync);
        connection.OnNotification<DidCloseTextDocumentParams>(LspMethods.DidClose, new DidCloseHandler(documents, checker, _publisher).HandleAsync);
        connection.OnNotification<DidChangeConfigurationParams>(LspMethods.DidChangeConfiguration, _configurationChanged.HandleAsync);
        connection.OnNotification<DidChangeWatchedFilesParams>(LspMethods.DidChangeWatchedFiles, new DidChangeWatchedFilesHandler(configurations, pluginProblems, _publisher).HandleAsync);
        connection.OnRequest<DocumentDiagnosticParams, DocumentDiagnosticReport>(LspMethods.DocumentDiagnostic, new DocumentDiagnosticHandler(documents, checker).HandleAsync);
        connection.OnRequest<CodeActionParams, IReadOnlyList<CodeAction>>(LspMethods.CodeAction, new CodeActionHandler(documents, checker, new DisableInRulesActions(configurations, client)).HandleAsync);
        connection.OnRequest<HoverParams, Hover?>(LspMethods.Hover, new HoverHandler(documents, checker, [new FindingHoverContent(), new FigureHoverContent()]).HandleAsync);
        connection.OnRequest<WordDocumentParams, WordDocumentResult>(WordDocumentHandler.Method, new WordDocumentHandler(configurations, client).HandleAsync);
    }

    /// <summary>Registers every handler on the server's connection; call before <see cref="LanguageServer.RunAsync"/>.</summary>
    public static ReportLintHost Attach(LanguageServer server, ServerLog log) => new(server, log);

    /// <summary>
    /// Checks <see cref="WarmUpDraft"/> on the thread pool, while the process is still starting and
    /// the client is still sending <c>initialize</c>: what the first real check needs is then loaded
    /// (scripts/test-real-client and scripts/test-packaged-server print the time to first diagnostics).
    /// A failure here is logged and changes nothing.
    /// </summary>
    public Task WarmUpAsync() => Task.Run(() =>
    {
        try
        {
            var resolved = _configurations.Resolve(null);
            if (resolved.Configuration is { } configuration)
            {
                resolved.Engine.Analyze(DraftLoader.FromText("warm-up.md", SourceText.From(WarmUpDraft)), configuration);
            }
        }
        catch (Exception e)
        {
            _log.Warning($"Warming up failed: {e.Message}");
        }
    });

    /// <summary>
    /// <c>initializationOptions</c> may carry the settings (<c>{"settings": {"reportlint": {...}}}</c>),
    /// so the first check already uses them, and <c>debounceMilliseconds</c> for tests and measurements.
    /// </summary>
    private void ApplyInitializationOptions(JsonElement? options)
    {
        if (options is not { ValueKind: JsonValueKind.Object } given)
        {
            return;
        }

        if (given.TryGetProperty("settings", out var settings))
        {
            _configurationChanged.Apply(settings);
        }

        if (given.TryGetProperty("debounceMilliseconds", out var debounce) && debounce.TryGetInt32(out var milliseconds) && milliseconds >= 0)
        {
            _publisher.Debounce = TimeSpan.FromMilliseconds(milliseconds);
        }
    }

    private static void ReportInvalid(JsonRpcConnection connection, ServerLog log, PluginProblemPublisher pluginProblems, RulesProblem problem)
    {
        var message = $"ReportLint: {problem.Path}:{problem.Line}:{problem.Column}: {problem.Describe(CultureInfo.InvariantCulture)}";
        log.Error(message);
        connection.SendNotification(LspMethods.ShowMessage, new ShowMessageParams(MessageType.Error, message));
        if (problem.InPlugin)
        {
            pluginProblems.Show(problem);
        }
    }
}
