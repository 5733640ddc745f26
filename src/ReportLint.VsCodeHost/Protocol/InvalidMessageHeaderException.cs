namespace ReportLint.VsCodeHost.Protocol;

/// <summary>The bytes at the head of the input are not a valid LSP header part.</summary>
internal sealed class InvalidMessageHeaderException(string message) : Exception(message);
