using System.Text.Json;

namespace ReportLint.VsCodeHost.Protocol.Types;

/// <summary>Only what the server reads is typed; the rest of the client's capabilities stay raw until a handler needs them.</summary>
internal sealed record InitializeParams(ClientCapabilities Capabilities)
{
    public int? ProcessId { get; init; }

    public ClientInfo? ClientInfo { get; init; }

    public string? Locale { get; init; }

    public string? RootUri { get; init; }

    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }

    public JsonElement? InitializationOptions { get; init; }

    public string? Trace { get; init; }
}

internal sealed record ClientInfo(string Name)
{
    public string? Version { get; init; }
}

internal sealed record WorkspaceFolder(string Uri, string Name);

internal sealed record ClientCapabilities
{
    public GeneralClientCapabilities? General { get; init; }

    public JsonElement? TextDocument { get; init; }

    public JsonElement? Workspace { get; init; }

    public JsonElement? Window { get; init; }
}

internal sealed record GeneralClientCapabilities
{
    /// <summary>Encodings the client supports, most preferred first; absent means utf-16 only.</summary>
    public IReadOnlyList<string>? PositionEncodings { get; init; }
}

internal sealed record InitializeResult(ServerCapabilities Capabilities)
{
    public ServerInfo? ServerInfo { get; init; }
}

internal sealed record ServerInfo(string Name)
{
    public string? Version { get; init; }
}

/// <summary>What the host application supports; <see cref="PositionEncoding"/> is filled in by the negotiation.</summary>
internal sealed record ServerCapabilities
{
    public string? PositionEncoding { get; init; }

    public TextDocumentSyncOptions? TextDocumentSync { get; init; }

    public bool? HoverProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }

    public DiagnosticOptions? DiagnosticProvider { get; init; }
}

internal sealed record TextDocumentSyncOptions
{
    public bool? OpenClose { get; init; }

    public TextDocumentSyncKind? Change { get; init; }

    public SaveOptions? Save { get; init; }
}

internal sealed record SaveOptions
{
    public bool? IncludeText { get; init; }
}

internal sealed record CodeActionOptions
{
    public IReadOnlyList<string>? CodeActionKinds { get; init; }
}

internal sealed record DiagnosticOptions(bool InterFileDependencies, bool WorkspaceDiagnostics)
{
    public string? Identifier { get; init; }
}

internal static class PositionEncodingKind
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
}
