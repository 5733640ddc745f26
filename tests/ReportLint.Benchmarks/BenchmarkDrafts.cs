using System.Text;

namespace ReportLint.Benchmarks;

/// <summary>Large drafts made of the sample drafts, so the benchmarks need nothing outside the repository.</summary>
internal static class BenchmarkDrafts
{
    public static string RepositoryRoot
    {
        get
        {
            var folder = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(folder, "ReportLint.sln")))
            {
                folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("ReportLint.sln not found above " + AppContext.BaseDirectory);
            }

            return folder;
        }
    }

    /// <summary>The non-blank lines of the seeds, in a fixed order.</summary>
    public static string[] SeedParagraphs() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))];

    /// <summary>About <paramref name="bytes"/> of UTF-8 Markdown: the seeds, paragraph after paragraph.</summary>
    public static string Markdown(int bytes)
    {
        var seeds = SeedParagraphs();
        var text = new StringBuilder();
        for (var i = 0; Encoding.UTF8.GetByteCount(text.ToString()) < bytes; i++)
        {
            for (var j = 0; j < 200; j++)
            {
                text.Append(seeds[(i * 200 + j) % seeds.Length]).Append("\n\n");
            }
        }

        return text.ToString();
    }
}
