namespace ReportLint.Configuration;

public enum RuleSeverity
{
    Off,
    Info,
    Warning,
    Error,
}
