namespace ReportLint.Tests.Fuzzing;

/// <summary>One generated input: <see cref="Name"/>'s extension picks the reader (rules.yml: the configuration loader).</summary>
public sealed record FuzzCase(int Index, string Name, string Mutation, byte[] Bytes);
