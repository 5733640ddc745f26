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

    /// <summary>
    /// About <paramref name="bytes"/> of UTF-8 Markdown: real news articles from the shared corpus
    /// (read where it is, never copied into the repository) with a sample draft after every ten,
    /// so that figures, Party terms and the seeds' slips occur as often as in a day's drafts.
    /// Without the corpus, the sample drafts alone, repeated.
    /// </summary>
    public static string Markdown(int bytes)
    {
        var seeds = Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => string.Join("\n\n", File.ReadAllLines(path).Where(line => !string.IsNullOrWhiteSpace(line))))
            .ToArray();
        var corpusFolder = Path.Combine(RepositoryRoot, "..", "shared", "corpus");
        var articles = Directory.Exists(corpusFolder)
            ? Directory.GetFiles(corpusFolder, "0*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
            : [];
        Console.WriteLine(articles.Length > 0 ? $"// {articles.Length} corpus articles with the seeds" : "// corpus not found: the seeds alone, repeated");

        var text = new StringBuilder();
        for (var i = 0; Encoding.UTF8.GetByteCount(text.ToString()) < bytes; i++)
        {
            var useSeed = articles.Length == 0 || i % 11 == 10;
            text.Append(useSeed ? seeds[i / 11 % seeds.Length] : articles[i % articles.Length]).Append("\n\n");
        }

        return text.ToString();
    }
}
