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
}
