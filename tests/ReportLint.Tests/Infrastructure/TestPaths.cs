using System.Reflection;

namespace ReportLint.Tests.Infrastructure;

/// <summary>
/// Folders of the source tree, written into the assembly at build time: CI rewrites
/// <c>[CallerFilePath]</c> paths, the build's own view of the project does not change.
/// </summary>
public static class TestPaths
{
    public static string ProjectDirectory { get; } = Metadata("ProjectDirectory");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>The shared folder beside the repository (seeds' EXPECTED.md, the news corpus).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
