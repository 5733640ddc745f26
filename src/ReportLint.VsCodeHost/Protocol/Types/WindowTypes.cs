namespace ReportLint.VsCodeHost.Protocol.Types;

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

public sealed record LogMessageParams(MessageType Type, string Message);

public sealed record ShowMessageParams(MessageType Type, string Message);

public sealed record LogTraceParams(string Message);

public sealed record SetTraceParams(string Value);

public static class TraceValue
{
    public const string Off = "off";
    public const string Messages = "messages";
    public const string Verbose = "verbose";
}
