using System.Reflection;
using ReportLint.Documents.Word;

namespace ReportLint.Tests.Word;

/// <summary>The seeds converted by Fixtures/seeds/convert-seeds.py read back as their text, paragraph N = line N.</summary>
public class WordSeedTests
{
    private static readonly string ProjectDirectory = BuildMetadata("ProjectDirectory");

    private static readonly string RepositoryRoot = BuildMetadata("RepositoryRoot");

    public static TheoryData<string> Seeds =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Select(path => Path.GetFileNameWithoutExtension(path)).Order()];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_docx_reads_back_as_the_non_empty_lines_of_its_text(string seed)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, "seeds", seed + ".txt"))
            .Select(line => line.TrimEnd())
            .Where(line => line.Length > 0);

        var text = new WordDocumentReader().Read(Path.Combine(ProjectDirectory, "Word", "Fixtures", "seeds", seed + ".docx"));

        Assert.Equal(lines, text.Paragraphs.Select(p => p.Text));
        Assert.All(text.Paragraphs, p => Assert.Equal(WordPartLabel.Body, p.Part));
    }

    private static string BuildMetadata(string key) =>
        typeof(WordSeedTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
}
