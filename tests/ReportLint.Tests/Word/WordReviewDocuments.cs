using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportLint.Tests.Word;

/// <summary>Reads back what the annotator wrote: schema errors, comments and the text each one covers.</summary>
internal static class WordReviewDocuments
{
    /// <summary>
    /// Fails with every error <see cref="OpenXmlValidator"/> finds against the current Office schemas,
    /// except those the <paramref name="original"/> already had: pandoc, which made the seeds, writes
    /// a few schema errors into styles and numbering, parts the annotator never touches.
    /// </summary>
    public static void AssertValid(byte[] docx, byte[]? original = null)
    {
        var errors = ValidationErrors(docx).Except(original is null ? [] : ValidationErrors(original)).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    private static IEnumerable<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return [.. new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>Each comment's author, language, text, and the document text between its range markers.</summary>
    public static IReadOnlyList<ReviewComment> Comments(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = document.MainDocumentPart!;
        return [.. main.WordprocessingCommentsPart!.Comments.Elements<Comment>().Select(comment => new ReviewComment(
            comment.Author!.Value!,
            comment.Descendants<Languages>().Single().Val!.Value!,
            comment.InnerText,
            Covered(main.Document, comment.Id!.Value!)!))];
    }

    private static string? Covered(OpenXmlElement story, string id)
    {
        StringBuilder? covered = null;
        foreach (var element in story.Descendants())
        {
            switch (element)
            {
                case CommentRangeStart start when start.Id?.Value == id:
                    covered = new StringBuilder();
                    break;
                case CommentRangeEnd end when end.Id?.Value == id:
                    return covered?.ToString();
                case WordText text when covered is not null:
                    covered.Append(text.Text);
                    break;
            }
        }

        return null;
    }
}

internal sealed record ReviewComment(string Author, string Language, string Text, string Covered);
