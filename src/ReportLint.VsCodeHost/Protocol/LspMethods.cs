namespace ReportLint.VsCodeHost.Protocol;

/// <summary>LSP 3.17 method names, in one place so a typo cannot silently become MethodNotFound.</summary>
internal static class LspMethods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string CancelRequest = "$/cancelRequest";
    public const string SetTrace = "$/setTrace";
    public const string LogTrace = "$/logTrace";

    public const string LogMessage = "window/logMessage";
    public const string ShowMessage = "window/showMessage";

    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidSave = "textDocument/didSave";
    public const string DidClose = "textDocument/didClose";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    public const string DocumentDiagnostic = "textDocument/diagnostic";
    public const string CodeAction = "textDocument/codeAction";
    public const string Hover = "textDocument/hover";

    public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string DidChangeConfiguration = "workspace/didChangeConfiguration";
    public const string DiagnosticRefresh = "workspace/diagnostic/refresh";
}
