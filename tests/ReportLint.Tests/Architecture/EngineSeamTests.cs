using System.Reflection;
using NetArchTest.Rules;
using ReportLint.Analysis;

namespace ReportLint.Tests.Architecture;

/// <summary>
/// The engine (everything in the tool's assembly but the command line and its reports) knows
/// nothing of how findings are presented, and its namespaces depend on each other in one direction
/// only, so a host can take the engine without the command line and a change to one namespace
/// does not ripple back through the ones it uses.
/// </summary>
public sealed class EngineSeamTests
{
    private const string Root = "ReportLint.";

    /// <summary>Presentation: the command line and the report formats it writes. The language server is another assembly.</summary>
    private static readonly string[] Presentation = ["ReportLint.Cli", "ReportLint.Reporting", "ReportLint.VsCodeHost"];

    private static readonly Assembly Tool = typeof(LintEngine).Assembly;

    public static TheoryData<string> EngineNamespaces => [.. EngineNamespaceNames()];

    [Theory]
    [MemberData(nameof(EngineNamespaces))]
    public void The_engine_depends_on_no_presentation(string engineNamespace)
    {
        var result = Types.InAssembly(Tool).That().ResideInNamespace(engineNamespace)
            .Should().NotHaveDependencyOnAny(Presentation).GetResult();

        Assert.True(result.IsSuccessful, $"{engineNamespace} uses presentation: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_engine_namespaces_have_no_cycles()
    {
        var namespaces = EngineNamespaceNames();
        var uses = namespaces.ToDictionary(
            n => n,
            n => namespaces.Where(other => other != n && Types.InAssembly(Tool).That().ResideInNamespace(n).And().HaveDependencyOn(other).GetTypes().Any()).ToList());

        var cycle = FindCycle(uses);

        Assert.True(cycle is null, $"Namespaces that depend on each other: {string.Join(" → ", cycle ?? [])}");
    }

    /// <summary>ReportLint.Analysis, ReportLint.Numbers...: the first level below the root, sub-namespaces counted with their parent.</summary>
    private static List<string> EngineNamespaceNames() =>
        [.. Tool.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal))
            .Select(n => Root + n[Root.Length..].Split('.')[0])
            .Distinct()
            .Where(n => !Presentation.Contains(n))
            .Order(StringComparer.Ordinal)];

    /// <summary>A path that returns to where it started, by depth-first search; null when the graph has none.</summary>
    private static List<string>? FindCycle(Dictionary<string, List<string>> uses)
    {
        var done = new HashSet<string>();
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            var onPath = path.IndexOf(node);
            if (onPath >= 0)
            {
                return [.. path[onPath..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            var found = uses[node].Select(Visit).FirstOrDefault(c => c is not null);
            path.RemoveAt(path.Count - 1);
            return found;
        }

        return uses.Keys.Select(Visit).FirstOrDefault(c => c is not null);
    }
}
