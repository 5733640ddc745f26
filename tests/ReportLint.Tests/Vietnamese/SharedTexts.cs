using System.Text;

namespace ReportLint.Tests.Vietnamese;

/// <summary>The seed drafts and the news corpus in ../shared, read in place (never copied into the repo).</summary>
internal static class SharedTexts
{
    public const string SeedFolder = "/work/shared/seeds";
    public const string CorpusFolder = "/work/shared/corpus";

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Order() : [];

    /// <summary>Words made of letters only, NFC, whose letters are all lower case.</summary>
    public static IEnumerable<string> LowerCaseWords(string text)
    {
        text = text.Normalize(NormalizationForm.FormC);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                if (word.All(char.IsLower))
                {
                    yield return word;
                }
            }
        }
    }
}

internal sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!Directory.Exists(SharedTexts.CorpusFolder))
        {
            Skip = $"the news corpus is not at {SharedTexts.CorpusFolder}";
        }
    }
}

internal sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (!Directory.Exists(SharedTexts.SeedFolder))
        {
            Skip = $"the seed drafts are not at {SharedTexts.SeedFolder}";
        }
    }
}
