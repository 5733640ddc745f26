using System.Globalization;

namespace ReportLint.Documents;

/// <summary>
/// What a draft may hold before it is refused (docs/limits.md). A news draft is a few tens of
/// kilobytes and a few hundred paragraphs; these bound time and memory on files that are not
/// drafts, keeping any check under ten seconds and a gigabyte on a two-core machine.
/// </summary>
internal static class TextDraftLimits
{
    /// <summary>4 MiB of Markdown or plain text: a hundred times the longest report.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Lines of a text draft, paragraphs of a Word draft: each costs every rule a visit.</summary>
    public const int MaxParagraphs = 50_000;

    /// <summary>Markdig's own check, made before it nests any deeper; containers and lists count one level each.</summary>
    public const int MaxMarkdownNesting = 128;

    public static void CheckSize(long bytes)
    {
        if (bytes > MaxBytes)
        {
            throw new DraftReadException(DraftReadProblem.TextTooLarge, Format(MaxBytes / (1024 * 1024)));
        }
    }

    public static void CheckParagraphs(int count)
    {
        if (count > MaxParagraphs)
        {
            throw new DraftReadException(DraftReadProblem.TooManyParagraphs, Format(MaxParagraphs));
        }
    }

    // No group separator: Vietnamese groups with '.', English with ',', and the message is either.
    private static string Format(int limit) => limit.ToString(CultureInfo.InvariantCulture);
}
