namespace ReportLint.Cli;

/// <summary>The rule pages of docs/rules, embedded in the tool for <c>reportlint explain</c>.</summary>
internal static class RuleDocumentation
{
    public static string? Read(string ruleId)
    {
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream($"ReportLint.docs.{ruleId}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
