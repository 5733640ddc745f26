using StreamJsonRpc;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>JSON-RPC 2.0 and LSP 3.17 error codes.</summary>
internal static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
    public const int ContentModified = -32801;
    public const int RequestFailed = -32803;

    /// <summary>Thrown by a handler, answers its request with this code (for example ContentModified when the document changed under it).</summary>
    public static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };
}
