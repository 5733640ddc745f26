using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportLint.VsCodeHost.Protocol;

/// <summary>How LSP payloads map to C# records.</summary>
internal static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // LSP marks optional members with '?': absent, not null, is the usual way to leave one out.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A missing required member or a null where the record says non-null becomes InvalidParams
        // at the boundary instead of a NullReferenceException deep inside a handler.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
