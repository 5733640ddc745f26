namespace ReportLint.Reporting;

/// <summary>Writes a run's findings in one output format.</summary>
public interface IReportFormatter
{
    void Write(RunReport report, TextWriter writer);
}
