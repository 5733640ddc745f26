using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportLint.Analysis;

namespace ReportLint.Plugins;

/// <summary>
/// Compiles user rule files (<c>plugins:</c> in rules.yml) against the public analyzer API into a
/// collectible load context. The assembly is cached on disk under a hash of the sources and the
/// tool version, so only the first run after a change pays for Roslyn (about 1.5 s); later runs
/// load the cached file (about 0.1 s). Roslyn's compiler is touched only when a plugin is configured.
/// </summary>
internal sealed class PluginCompiler(string cacheFolder)
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static string DefaultCacheFolder =>
        Environment.GetEnvironmentVariable("REPORTLINT_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "reportlint", "plugins");

    public ImmutableArray<DraftAnalyzer> Load(IReadOnlyList<string> sourcePaths)
    {
        var sources = sourcePaths.Select(path => (Path: path, Text: ReadSource(path))).ToList();
        var hash = Hash(sources.Select(s => s.Text));
        var assemblyPath = Path.Combine(cacheFolder, $"ReportLint.Plugin.{hash}.dll");
        if (!File.Exists(assemblyPath))
        {
            Compile(sources, hash, assemblyPath);
        }

        var context = new AssemblyLoadContext($"reportlint-plugins-{hash}", isCollectible: true);
        using var stream = File.OpenRead(assemblyPath);
        var assembly = context.LoadFromStream(stream);
        var analyzers = assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DraftAnalyzer)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DraftAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return analyzers.IsEmpty
            ? throw new PluginException(sourcePaths[0], 0, 0, "no public class deriving from ReportLint.Analysis.DraftAnalyzer with a parameterless constructor")
            : analyzers;
    }

    private static string ReadSource(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PluginException(path, 0, 0, e.Message);
        }
    }

    private static void Compile(List<(string Path, string Text)> sources, string hash, string assemblyPath)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), s.Path, Encoding.UTF8));
        var compilation = CSharpCompilation.Create(
            $"ReportLint.Plugin.{hash}",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true, optimizationLevel: OptimizationLevel.Release));

        using var output = new MemoryStream();
        var emitted = compilation.Emit(output);
        var firstError = emitted.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (firstError is not null)
        {
            var position = firstError.Location.GetLineSpan();
            throw new PluginException(position.Path, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1, $"{firstError.Id}: {firstError.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        // Written beside and moved, so a run that is stopped halfway never leaves a broken cache entry.
        Directory.CreateDirectory(Path.GetDirectoryName(assemblyPath)!);
        var temporary = assemblyPath + $".{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, output.ToArray());
        File.Move(temporary, assemblyPath, overwrite: true);
    }

    private static string Hash(IEnumerable<string> sources)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(typeof(DraftAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString()));
        foreach (var source in sources)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(source));
            sha.AppendData([0]);
        }

        return Convert.ToHexString(sha.GetHashAndReset())[..16];
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var ours = new[] { typeof(DraftAnalyzer).Assembly, typeof(Diagnostic).Assembly, typeof(ImmutableArray).Assembly }
            .Select(a => a.Location)
            .Where(location => location.Length > 0);
        return [.. platform.Concat(ours).Distinct(StringComparer.Ordinal).Where(IsManagedAssembly).Select(p => MetadataReference.CreateFromFile(p))];
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
