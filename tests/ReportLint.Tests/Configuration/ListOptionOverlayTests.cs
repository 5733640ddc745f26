using System.Globalization;
using ReportLint.Configuration;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Configuration;

/// <summary>A list option in a user's rules.yml extends or trims the built-in list with add: and remove:; a plain list still replaces it.</summary>
public sealed class ListOptionOverlayTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.yml");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Add_extends_the_built_in_list_and_remove_trims_it()
    {
        var configuration = Load("rules:\n  RL2001:\n    allow:\n      add: [của của]\n      remove: [người người]\n");

        var allow = configuration.OptionsOf("RL2001").GetStrings("allow");
        Assert.Contains("của của", allow);
        Assert.Contains("nhà nhà", allow);
        Assert.DoesNotContain("người người", allow);
        var text = "của của, nhà nhà và người người";
        var findings = Lint.Text(text, configuration: configuration).Diagnostics.Where(d => d.Id == "RL2001");
        Assert.Equal(["người người"], findings.Select(d => text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
    }

    [Fact]
    public void Terms_are_extended_without_copying_the_built_in_ones()
    {
        var terms = Load("rules:\n  RL3006:\n    terms:\n      add: [Hội Sinh viên Việt Nam]\n").OptionsOf("RL3006").GetStrings("terms");

        Assert.Equal(Lint.Loader.Defaults.OptionsOf("RL3006").GetStrings("terms").Append("Hội Sinh viên Việt Nam"), terms);
    }

    [Fact]
    public void A_plain_list_still_replaces_the_built_in_one()
    {
        var allow = Load("rules:\n  RL2001:\n    allow: [của của]\n").OptionsOf("RL2001").GetStrings("allow");

        Assert.Equal("của của", Assert.Single(allow));
    }

    [Theory]
    [InlineData("rules:\n  RL2001:\n    allow:\n      remove: [ai đó ai đó]\n", 4, 16, "remove: there is no 'ai đó ai đó' in RL2001.allow to remove")]
    [InlineData("rules:\n  RL2001:\n    allow:\n      add: của của\n", 4, 12, "add: takes a list")]
    [InlineData("rules:\n  RL3001:\n    preferred:\n      add: [new]\n", 4, 7, "'RL3001.preferred' is not a list: add: and remove: apply to lists only")]
    public void Mistakes_are_errors_at_their_line_and_column(string yaml, int line, int column, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => Load(yaml));

        Assert.Equal((_path, line, column), (error.Path, error.Line, error.Column));
        Assert.Equal(message, error.Problem.ToString(null, CultureInfo.GetCultureInfo("en")));
    }

    private LintConfiguration Load(string yaml)
    {
        File.WriteAllText(_path, yaml);
        return Lint.Loader.Load(_path);
    }
}
