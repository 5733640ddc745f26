namespace ReportLint.Configuration;

/// <summary>An option a rule accepts in rules.yml; anything not declared is an error.</summary>
public sealed record RuleOptionDescriptor(string RuleId, string Key, string Description);
