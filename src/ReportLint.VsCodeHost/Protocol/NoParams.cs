namespace ReportLint.VsCodeHost.Protocol;

/// <summary>The params type of methods that take none (<c>shutdown</c>, <c>exit</c>, <c>initialized</c>).</summary>
public sealed record NoParams;
