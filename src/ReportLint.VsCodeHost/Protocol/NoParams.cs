namespace ReportLint.VsCodeHost.Protocol;

/// <summary>The params type of methods that take none (<c>shutdown</c>, <c>exit</c>, <c>initialized</c>).</summary>
internal sealed record NoParams;
