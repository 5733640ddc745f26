namespace ReportLint.VsCodeHost.Protocol.Types;

internal enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

internal sealed record LogMessageParams(MessageType Type, string Message);

internal sealed record ShowMessageParams(MessageType Type, string Message);

internal sealed record LogTraceParams(string Message);

internal sealed record SetTraceParams(string Value);

internal static class TraceValue
{
    public const string Off = "off";
    public const string Messages = "messages";
    public const string Verbose = "verbose";
}
