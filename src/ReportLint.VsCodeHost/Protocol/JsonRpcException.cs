namespace ReportLint.VsCodeHost.Protocol;

/// <summary>
/// Thrown by a handler to answer with a specific error code (for example ContentModified when the
/// document changed under a request); received by a caller of
/// <see cref="JsonRpcConnection.SendRequestAsync{TParams, TResult}"/> when the client answers with an error.
/// </summary>
internal sealed class JsonRpcException(ResponseError error) : Exception(error.Message)
{
    public JsonRpcException(int code, string message)
        : this(new ResponseError(code, message))
    {
    }

    public ResponseError Error { get; } = error;
}
