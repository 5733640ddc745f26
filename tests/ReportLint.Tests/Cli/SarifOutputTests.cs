using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Cli;

/// <summary>The SARIF output of the seeds validates against the official 2.1.0 schema.</summary>
public sealed class SarifOutputTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Sarif_of_the_seeds_validates_against_the_schema()
    {
        foreach (var seed in Directory.GetFiles(TestPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(_cli.Folder, Path.GetFileName(seed)));
        }

        _cli.Write("rules.yml", "rules:\n  RL2001: warning\n");
        var result = _cli.Run("check", ".", "missing.md", "--format", "sarif");
        var schema = JSchema.Parse(File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "Schemas", "sarif-2.1.0.json")));
        var sarif = JObject.Parse(result.Output);

        Assert.True(sarif.IsValid(schema, out IList<string> errors), string.Join("\n", errors));
        var run = sarif["runs"]![0]!;
        Assert.NotEmpty(run["tool"]!["driver"]!["rules"]!);
        var located = run["results"]!.First(r => (string?)r["ruleId"] == "RL2001");
        var location = located["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("%SRCROOT%", (string?)location["artifactLocation"]!["uriBaseId"]);
        Assert.False(Path.IsPathRooted((string)location["artifactLocation"]!["uri"]!));
        Assert.True((int)location["region"]!["startLine"]! >= 1);
        Assert.NotNull(location["region"]!["snippet"]!["text"]);
        Assert.Contains(run["results"]!, r => (string?)r["ruleId"] == "RL9001");
    }

    [Fact]
    public void Explained_figures_are_in_the_run_properties_and_the_sarif_still_validates()
    {
        _cli.Write("bao-cao.md", "Có 45/52 xã có trạm y tế đạt chuẩn, đạt 86,5%.\n\nCó 12/15 trường đạt chuẩn, đạt 85%.\n");
        var result = _cli.Run("check", "bao-cao.md", "--format", "sarif", "--explain-figures");
        var schema = JSchema.Parse(File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "Schemas", "sarif-2.1.0.json")));
        var sarif = JObject.Parse(result.Output);

        Assert.True(sarif.IsValid(schema, out IList<string> errors), string.Join("\n", errors));
        var figures = sarif["runs"]![0]!["properties"]!["figures"]!;
        Assert.Equal(["holds", "fails"], figures.Select(f => (string)f["verdict"]!));
        Assert.Equal("12/15 trường", (string?)figures[1]!["figures"]![1]!["text"]);
    }

    [Fact]
    public void Explained_figures_are_a_figures_array_per_file_in_json_and_absent_without_the_option()
    {
        _cli.Write("bao-cao.md", "Toàn xã có 1.250 hộ, gồm 700 hộ nông nghiệp và 500 hộ phi nông nghiệp.\n");
        var explained = JObject.Parse(_cli.Run("check", "bao-cao.md", "--format", "json", "--explain-figures").Output);
        var plain = JObject.Parse(_cli.Run("check", "bao-cao.md", "--format", "json").Output);

        var figure = Assert.Single(explained["files"]![0]!["figures"]!);
        Assert.Equal(("RL1001", "fails", 3), ((string)figure["ruleId"]!, (string)figure["verdict"]!, figure["figures"]!.Count()));
        Assert.Contains("700 + 500 = 1.200", (string)figure["text"]!, StringComparison.Ordinal);
        Assert.Null(plain["files"]![0]!["figures"]);
    }
}
