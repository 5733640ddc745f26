using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace ReportLint.Documents;

/// <summary>Plain text: every line that holds more than white space is one paragraph.</summary>
internal static class PlainTextDraftReader
{
    public static Draft Read(string path, SourceText text, ImmutableArray<ReaderNote> notes)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var ignored = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var line in text.Lines)
        {
            var content = text.ToString(line.Span);
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var prose = new ProseBuilder();
            ProseText.AppendWithoutUrls(prose, content, line.Start, ignored);
            blocks.Add(new Block(BlockKind.Paragraph, line.Span, prose.Build()));
        }

        return new Draft(path, DraftFormat.PlainText, text, blocks.ToImmutable(), [], ignored.ToImmutable(), [], notes);
    }
}
