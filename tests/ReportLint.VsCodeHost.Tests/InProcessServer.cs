using System.IO.Pipelines;
using System.Text.Json;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

namespace ReportLint.VsCodeHost.Tests;

/// <summary>A <see cref="LanguageServer"/> running over in-memory pipes, with a client attached.</summary>
internal sealed class InProcessServer
{
    public static readonly ServerCapabilities HostCapabilities = new()
    {
        HoverProvider = true,
        TextDocumentSync = new TextDocumentSyncOptions { OpenClose = true, Change = TextDocumentSyncKind.Incremental },
    };

    private readonly StringWriter _stderr = new();

    public InProcessServer(Action<JsonRpcConnection>? registerHandlers = null)
        : this(HostCapabilities, (server, _) => registerHandlers?.Invoke(server.Connection))
    {
    }

    /// <param name="attach">Registers the host's handlers, as Program.cs does.</param>
    public InProcessServer(ServerCapabilities capabilities, Action<LanguageServer, ServerLog> attach)
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var log = new ServerLog(_stderr);
        var connection = new JsonRpcConnection(toServer.Reader, toClient.Writer, log);
        Server = new LanguageServer(connection, log, capabilities, new ServerInfo("reportlint-test"));
        attach(Server, log);
        Client = new LspTestClient(toClient.Reader, toServer.Writer);
        ExitCode = Task.Run(Server.RunAsync);
    }

    public LanguageServer Server { get; }

    public LspTestClient Client { get; }

    public Task<int> ExitCode { get; }

    public string Stderr => _stderr.ToString();

    /// <summary>A server past initialize and initialized, ready for feature requests.</summary>
    public static async Task<InProcessServer> StartInitializedAsync(Action<JsonRpcConnection>? registerHandlers = null)
    {
        var server = new InProcessServer(registerHandlers);
        await server.Client.InitializeAsync();
        await server.Client.NotifyAsync(LspMethods.Initialized, new { });
        return server;
    }

    public static int ErrorCode(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();
}
