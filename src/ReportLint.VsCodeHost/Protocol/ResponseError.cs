using System.Text.Json;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>The <c>error</c> member of a JSON-RPC response.</summary>
internal sealed record ResponseError(int Code, string Message)
{
    public JsonElement? Data { get; init; }
}
