namespace ReportLint.Tests.Infrastructure;

/// <summary>
/// A measurement over the news corpus that prints a report and asserts nothing. The default test
/// run skips it, as it would only make the run slower; <c>scripts/test-reports</c> runs it
/// (<see cref="Variable"/>=1), and it is skipped there too when the corpus is absent.
/// </summary>
internal sealed class CorpusReportFactAttribute : FactAttribute
{
    public const string Variable = "REPORTLINT_REPORTS";

    public static string CorpusFolder => Path.Combine(TestPaths.Shared, "corpus");

    public CorpusReportFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = "a report, not a test: scripts/test-reports runs it";
        }
        else if (!Directory.Exists(CorpusFolder))
        {
            Skip = $"the news corpus is not at {CorpusFolder}";
        }
    }
}
