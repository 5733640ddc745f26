using System.Buffers;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Documents;
using ReportLint.Text;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2007: a quotation mark or bracket that is never closed, or closed without being opened,
/// within one paragraph, heading, list item or cell. A quotation mark is read by where it stands
/// (before a word it opens, after one it closes), so a wrong or mixed glyph is not a missing mark;
/// list labels such as <c>a)</c> and <c>1)</c> are not closers. A quotation may run on over
/// paragraphs: a mark left open at the end of one is taken as closed by an unmatched closer in a
/// later paragraph, even past paragraphs that quote in pairs of their own, or as continued when the
/// next paragraph opens with the same mark, as long quotations are typeset.
/// </summary>
internal sealed class RL2007UnbalancedQuotesOrBrackets : DraftAnalyzer
{
    public const string Id = "RL2007";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    private static readonly SearchValues<char> Marks = SearchValues.Create("“”\"()[]");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var quotes = new OpenMarks("“\"");
        var parentheses = new OpenMarks("(");
        var brackets = new OpenMarks("[");
        OpenMarks[] all = [quotes, parentheses, brackets];
        foreach (var block in context.Draft.Blocks)
        {
            // A quotation runs on through paragraphs and list items, never through a heading or a cell.
            var carries = block.Kind is BlockKind.Paragraph or BlockKind.ListItem;
            var text = context.TextOf(block);
            foreach (var marks in all)
            {
                marks.StartBlock(context, text, carries);
            }

            Scan(context, text, quotes, parentheses, brackets);
            if (!carries)
            {
                foreach (var marks in all)
                {
                    marks.ReportOpen(context);
                }
            }
        }

        foreach (var marks in all)
        {
            marks.ReportOpen(context);
        }
    }

    private static void Scan(DraftAnalysisContext context, BlockText block, OpenMarks quotes, OpenMarks parentheses, OpenMarks brackets)
    {
        var text = block.Text;
        var prose = block.Block.Prose;
        for (var i = ProseSearch.Next(text, 0, Marks); i >= 0; i = ProseSearch.Next(text, i + 1, Marks))
        {
            var unmatched = text[i] switch
            {
                '“' or '”' or '"' => IsUnmatchedQuote(quotes, prose, i),
                '(' => parentheses.Open(prose, i),
                ')' => !parentheses.TryClose() && !EndsListLabel(text, i),
                '[' => brackets.Open(prose, i),
                ']' => !brackets.TryClose(),
                _ => false,
            };
            if (unmatched)
            {
                Report(context, prose.ToSource(i, 1), text[i], "RL2007_NoOpener");
            }
        }
    }

    private static void Report(DraftAnalysisContext context, TextSpan mark, char glyph, string phrase) =>
        context.Report(Rule, mark, null, glyph.ToString(), TypographyRules.Family.Phrase(phrase));

    /// <summary>
    /// Reads a quotation mark by where it stands: before a word it opens, after one it closes,
    /// whatever its shape, since drafts mix “ ” and " freely. Between two spaces or two words only
    /// the shape tells, and a straight quote there closes what is open or opens anew.
    /// </summary>
    private static bool IsUnmatchedQuote(OpenMarks quotes, Prose prose, int i)
    {
        var text = prose.Text;
        var afterText = i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '[' or '“' or '"');
        var beforeWord = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
        if (afterText != beforeWord)
        {
            return beforeWord ? quotes.Open(prose, i) : !quotes.TryClose();
        }

        return text[i] switch
        {
            '“' => quotes.Open(prose, i),
            '”' => !quotes.TryClose(),
            _ => quotes.Toggle(prose, i),
        };
    }

    /// <summary>
    /// A list label (<c>a) </c>, <c>2) </c>, <c>IV) </c>) that opens the block, a line or an item
    /// after <c>; : .</c>: it needs no opening parenthesis. Elsewhere (<c>khóa XII) về</c>) the
    /// closer is missing its opener.
    /// </summary>
    private static bool EndsListLabel(string text, int closer)
    {
        var start = closer;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        var label = text.AsSpan(start, closer - start);
        var isLabel = label.Length is >= 1 and <= 3 && (IsDigits(label) || label.Length <= 2 && IsLetters(label) || IsRoman(label));
        if (!isLabel || closer + 1 < text.Length && !char.IsWhiteSpace(text[closer + 1]))
        {
            return false;
        }

        var before = InlineSpace.RunStart(text, start);
        return before == 0 || text[before - 1] is '\n' or ';' or ':' or '.';
    }

    private static bool IsDigits(ReadOnlySpan<char> label) => !label.ContainsAnyExceptInRange('0', '9');

    private static bool IsLetters(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRoman(ReadOnlySpan<char> label) => !label.ContainsAnyExcept("IVX");

    /// <summary>
    /// The opening marks of one kind still waiting for their closer: those of the current block,
    /// and those the previous paragraph left open, which a closer in this one may still take.
    /// </summary>
    private sealed class OpenMarks(string openers)
    {
        private readonly Stack<TextSpan> _open = new();
        private readonly List<TextSpan> _carried = [];
        public void StartBlock(DraftAnalysisContext context, BlockText block, bool carries)
        {
            // A quotation runs on through paragraphs, even those that quote within it in their own
            // pairs of marks (a lawyer citing the Penal Code inside a long quotation): only a heading,
            // a cell or the draft's end says it will not be closed.
            if (!carries)
            {
                ReportOpen(context);
            }
            else if (!OpensWithSameMark(block.Text))
            {
                // The stack lists the innermost mark first, which is the one a closer takes first.
                _carried.InsertRange(0, _open);
            }

            _open.Clear();
        }

        /// <summary>Records an opener; returns false, as an opener is never unmatched when met.</summary>
        public bool Open(Prose prose, int position)
        {
            _open.Push(prose.ToSource(position, 1));
            return false;
        }

        /// <summary>Closes the open mark or opens anew; returns false, as it is never unmatched.</summary>
        public bool Toggle(Prose prose, int position) => !TryClose() && Open(prose, position);

        public bool TryClose()
        {
            if (_open.TryPop(out _))
            {
                return true;
            }

            if (_carried.Count == 0)
            {
                return false;
            }

            _carried.RemoveAt(0);
            return true;
        }

        public void ReportOpen(DraftAnalysisContext context)
        {
            ReportCarried(context);
            foreach (var mark in _open)
            {
                Report(context, mark, context.Draft.Text[mark.Start], "RL2007_NoCloser");
            }

            _open.Clear();
        }

        private void ReportCarried(DraftAnalysisContext context)
        {
            foreach (var mark in _carried)
            {
                Report(context, mark, context.Draft.Text[mark.Start], "RL2007_NoCloser");
            }

            _carried.Clear();
        }

        private bool OpensWithSameMark(string text)
        {
            var start = text.AsSpan().TrimStart();
            return !start.IsEmpty && openers.Contains(start[0]);
        }
    }
}
