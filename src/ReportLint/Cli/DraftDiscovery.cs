using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReportLint.Documents;

namespace ReportLint.Cli;

/// <summary>
/// Expands the command line's paths into draft files: a file as given, a folder recursively (only
/// draft extensions, skipping hidden and build folders), a glob with <c>*</c>, <c>**</c> and <c>?</c>.
/// </summary>
internal static class DraftDiscovery
{
    private static readonly ImmutableArray<string> SkippedFolders = ["node_modules", "bin", "obj"];

    public static ImmutableArray<DiscoveredInput> Expand(IEnumerable<string> inputs, string workingDirectory)
    {
        var found = ImmutableArray.CreateBuilder<DiscoveredInput>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input, workingDirectory);
            if (input.IndexOfAny(['*', '?']) >= 0)
            {
                var matches = Glob(input, workingDirectory);
                found.AddRange(matches.Count > 0 ? matches.Select(DiscoveredInput.File) : [DiscoveredInput.Problem(full, DraftReadProblem.NotFound)]);
            }
            else if (Directory.Exists(full))
            {
                var drafts = DraftsIn(full);
                found.AddRange(drafts.Count > 0 ? drafts.Select(DiscoveredInput.File) : [DiscoveredInput.EmptyFolder(full)]);
            }
            else if (File.Exists(full))
            {
                found.Add(DiscoveredInput.File(full));
            }
            else
            {
                found.Add(DiscoveredInput.Problem(full, DraftReadProblem.NotFound));
            }
        }

        return [.. found.DistinctBy(f => f.Path)];
    }

    private static List<string> DraftsIn(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        var files = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            files.AddRange(Directory.EnumerateFiles(current, "*", options).Where(DraftLoader.IsDraftPath));
            foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name))
                {
                    pending.Push(sub);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static List<string> Glob(string pattern, string workingDirectory)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedSegments = segments.TakeWhile(s => s.IndexOfAny(['*', '?']) < 0).ToArray();
        var root = Path.GetFullPath(fixedSegments.Length == 0 ? "." : string.Join('/', fixedSegments), workingDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var rest = string.Join('/', segments.Skip(fixedSegments.Length));
        var regex = new Regex("^" + GlobToRegex(rest) + "$", RegexOptions.CultureInvariant);
        var options = new EnumerationOptions { RecurseSubdirectories = rest.Contains('/') || rest.Contains("**"), IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        return [.. Directory.EnumerateFiles(root, "*", options)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];
    }

    private static string GlobToRegex(string glob) =>
        Regex.Escape(glob)
            .Replace(@"\*\*/", "(?:.*/)?")
            .Replace(@"\*\*", ".*")
            .Replace(@"\*", "[^/]*")
            .Replace(@"\?", "[^/]");
}

/// <summary>A file to check, or an input that could not become one.</summary>
internal sealed record DiscoveredInput(string Path, DraftReadProblem? Error, bool IsEmptyFolder)
{
    public static DiscoveredInput File(string path) => new(path, null, false);

    public static DiscoveredInput Problem(string path, DraftReadProblem problem) => new(path, problem, false);

    public static DiscoveredInput EmptyFolder(string path) => new(path, null, true);
}
