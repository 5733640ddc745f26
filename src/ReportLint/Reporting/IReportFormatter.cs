namespace ReportLint.Reporting;

/// <summary>Writes a run's findings in one output format.</summary>
internal interface IReportFormatter
{
    void Write(RunReport report, TextWriter writer);
}
