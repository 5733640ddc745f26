using System.Globalization;
using ReportLint.Configuration;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Configuration;

public sealed class ConfigurationLoaderTests
{
    private static LintConfiguration Parse(string yaml) => Lint.Loader.Parse(yaml, "rules.yml");

    [Theory]
    [InlineData("rules:\n  RL2999: off\n", 2, 3, "unknown rule ID 'RL2999'")]
    [InlineData("rules:\n  RL2001:\n    allowed: [a]\n", 3, 5, "unknown option 'allowed' for RL2001")]
    [InlineData("rules:\n  RL2001: loud\n", 2, 11, "severity must be error, warning, info or off")]
    [InlineData("language: fr\n", 1, 11, "language must be 'vi' or 'en'")]
    [InlineData("rule:\n  RL2001: off\n", 1, 1, "unknown setting 'rule'")]
    [InlineData("rules:\n  RL2001: [\n", 3, 1, "")]
    public void Errors_name_the_line_and_column(string yaml, int line, int column, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse(yaml));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Problem.ToString(null, CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(65, true)]
    [InlineData(50_000, true)]
    [InlineData(63, false)]
    public void Nesting_beyond_the_limit_is_refused_before_the_yaml_is_built(int depth, bool refused)
    {
        // Flow sequences as deep as asked, under "rules:" (one more level).
        var yaml = "rules: " + new string('[', depth) + new string(']', depth) + "\n";

        var error = Record.Exception(() => Parse(yaml));

        if (refused)
        {
            var tooDeep = Assert.IsType<ConfigurationException>(error);
            Assert.Equal((1, 7 + ConfigurationDepth.MaxNesting), (tooDeep.Line, tooDeep.Column));
            Assert.Equal("nested more than 64 levels deep (see docs/limits.md); rules.yml needs only a few", tooDeep.Problem.ToString(null, CultureInfo.GetCultureInfo("en")));
        }
        else
        {
            Assert.DoesNotContain("levels deep", Assert.IsType<ConfigurationException>(error).Problem.ToString(null, CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_structure_the_yaml_reader_fails_on_is_not_valid_yaml()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("- a\n[- b\n- c"));

        Assert.Equal("not valid YAML: the YAML reader cannot make sense of it (check the brackets [ ] { } and the indentation)", error.Problem.ToString(null, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Errors_are_told_in_Vietnamese_unless_English_is_asked_for()
    {
        var error = Assert.Throws<ConfigurationException>(() => Parse("rules:\n  RL2999: off\n"));
        Assert.Equal("không có quy tắc 'RL2999' (xem `reportlint rules`)", error.Message);
        Assert.Equal("unknown rule ID 'RL2999' (see `reportlint rules`)", error.Problem.ToString(null, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void The_embedded_defaults_are_valid_and_a_user_file_overlays_them_rule_by_rule()
    {
        var defaults = Lint.Loader.Defaults;
        Assert.Equal(RuleSeverity.Warning, defaults.SeverityOf("RL2001"));
        Assert.Contains("người người", defaults.OptionsOf("RL2001").GetStrings("allow"));

        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, "language: en\nrules:\n  RL2001:\n    severity: error\n");
        try
        {
            var merged = Lint.Loader.Load(path);
            Assert.Equal(RuleSeverity.Error, merged.SeverityOf("RL2001"));
            Assert.Contains("người người", merged.OptionsOf("RL2001").GetStrings("allow"));
            Assert.Equal("en", merged.Culture().Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Severity_off_silences_a_rule_and_an_allow_list_replaces_the_default()
    {
        var off = Lint.Text("của của", configuration: Parse("rules:\n  RL2001: off\n"));
        Assert.Empty(off.Diagnostics);

        var allowed = Lint.Text("của của và người người", configuration: Parse("rules:\n  RL2001:\n    allow: [của của]\n"));
        Assert.Equal(["người người"], allowed.Diagnostics.Select(d => "của của và người người".Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
    }
}
