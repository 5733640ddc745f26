using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Text;

namespace ReportLint.Rules.Typography;

/// <summary>
/// RL2009: one draft writing the same kind of dash with different characters: a separator
/// before a position or after a dateline (<c>Phúc – Bí thư</c> beside <c>Khánh - Phó Bí thư</c>,
/// <c>(LĐ online) - Chiều</c>), a compound (<c>kinh tế - xã hội</c>
/// beside <c>quốc phòng – an ninh</c>), a range (<c>2020 - 2025</c> beside <c>2020 – 2025</c>), an
/// aside after a name (<c>Thọ Xuân – nơi</c>) or a list marker that opens a line (<c>– Sáng nay</c>).
/// The draft's own habit is the norm unless rules.yml names a preferred character. Hyphens inside
/// words (<c>Mác-Lênin</c>, <c>22-NQ/TW</c>) are not looked at, nor Markdown's list syntax.
/// </summary>
internal sealed class RL2009InconsistentDashes : DraftAnalyzer
{
    public const string Id = "RL2009";

    public static readonly DiagnosticDescriptor Rule = TypographyRules.Family.Descriptor(Id, DiagnosticSeverity.Warning);

    private static readonly string[] RoleKeys = ["separator", "compound", "range", "aside", "list-marker"];
    private static readonly string[] RolePhrases = ["RL2009_Separator", "RL2009_Compound", "RL2009_Range", "RL2009_Aside", "RL2009_ListMarker"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override ImmutableArray<RuleOptionDescriptor> SupportedOptions =>
    [
        new(Id, "separator", "Dash between a name and a title or after a dateline: '-', '–' or '—' (or hyphen, en-dash, em-dash)."),
        new(Id, "compound", "Dash joining two terms, as in 'kinh tế - xã hội': '-', '–' or '—' (or hyphen, en-dash, em-dash)."),
        new(Id, "range", "Dash between two numbers, as in '2020 - 2025': '-', '–' or '—' (or hyphen, en-dash, em-dash)."),
        new(Id, "aside", "Dash after a name that opens an aside, as in 'xã Tân Phú – nơi nạn nhân sinh sống': '-', '–' or '—' (or hyphen, en-dash, em-dash)."),
        new(Id, "list-marker", "Dash that opens a line of a list or a line of dialogue: '-', '–' or '—' (or hyphen, en-dash, em-dash)."),
    ];

    public override void Initialize(AnalysisContext context) => context.RegisterDraftAction(Analyze);

    private static void Analyze(DraftAnalysisContext context)
    {
        var uses = new List<DashUse>();
        foreach (var block in context.Draft.Blocks)
        {
            Collect(context.TextOf(block), uses);
        }

        var options = context.Options(Id);
        for (var role = 0; role < RoleKeys.Length; role++)
        {
            var counts = new DashCounts();
            foreach (var use in uses)
            {
                if ((int)use.Role == role)
                {
                    counts.Add(use.Dash);
                }
            }

            var preferred = Dashes.Parse(options.GetString(RoleKeys[role]));
            if (counts.Total == 0 || preferred is null && counts.Distinct < 2)
            {
                continue;
            }

            var norm = preferred ?? counts.Majority;
            object normPhrase = preferred is null
                ? TypographyRules.Family.Phrase("RL2009_Majority", Dashes.Phrase(norm), counts.Of(norm))
                : TypographyRules.Family.Phrase("RL2009_Preferred", Dashes.Phrase(norm));
            foreach (var use in uses)
            {
                if ((int)use.Role == role && use.Dash != norm)
                {
                    context.Report(Rule, use.Span, FixData.Replace(use.Span, norm.ToString()), Dashes.Phrase(use.Dash), normPhrase, TypographyRules.Family.Phrase(RolePhrases[role]), norm);
                }
            }
        }
    }

    private static void Collect(BlockText text, List<DashUse> uses)
    {
        var tokens = text.Tokens;
        var prose = text.Text;
        for (var k = 0; k + 1 < tokens.Length; k++)
        {
            var dash = tokens[k];
            if (dash.Length != 1 || !IsDash(prose, dash))
            {
                continue;
            }

            if (OpensLine(prose, dash.Start))
            {
                if (dash.End < tokens[k + 1].Start && SpacesOnly(prose, dash.End, tokens[k + 1].Start))
                {
                    uses.Add(new DashUse(DashRole.ListMarker, prose[dash.Start], text.Block.Prose.ToSource(dash.Start, 1)));
                }

                continue;
            }

            if (k == 0)
            {
                continue;
            }

            var left = tokens[k - 1];
            var right = tokens[k + 1];
            if (!SpacesOnly(prose, left.End, dash.Start) || !SpacesOnly(prose, dash.End, right.Start))
            {
                continue;
            }

            var spaced = left.End < dash.Start && dash.End < right.Start;
            DashRole? role = left.Kind == TokenKind.Number && right.Kind == TokenKind.Number
                ? IsInChain(prose, tokens, k) ? null : DashRole.Range
                : spaced ? RoleBetweenWords(text, tokens, k) : null;
            if (role is { } found)
            {
                uses.Add(new DashUse(found, prose[dash.Start], text.Block.Prose.ToSource(dash.Start, 1)));
            }
        }
    }

    private static DashRole? RoleBetweenWords(BlockText text, ImmutableArray<Token> tokens, int dash)
    {
        var prose = text.Text;
        var left = tokens[dash - 1];
        var right = tokens[dash + 1];
        var leftIsBracket = left.Kind == TokenKind.Punctuation && prose[left.Start] is ')' or ']';
        if (leftIsBracket && right.Kind is TokenKind.Word or TokenKind.Number
            || left.Kind is TokenKind.Word or TokenKind.Number && PositionTitles.StartsAt(text, tokens, dash + 1))
        {
            return DashRole.Separator;
        }

        // Between two capitalised words the dash may join names ("Bà Rịa – Vũng Tàu") or separate
        // a name from a title; only the title list tells, so anything else is left out.
        if (left.Kind != TokenKind.Word || right.Kind != TokenKind.Word || !char.IsLower(prose[right.Start]))
        {
            return null;
        }

        // A name, then a lower-case word that opens an aside ("Thọ Xuân – nơi nhân viên…"); a
        // lower-case word before a name is a second person ("anh Minh – chị Ánh"), a join.
        if (char.IsUpper(prose[left.Start]))
        {
            var nameFollows = dash + 2 < tokens.Length && tokens[dash + 2].Kind == TokenKind.Word && char.IsUpper(prose[tokens[dash + 2].Start]);
            return nameFollows ? null : DashRole.Aside;
        }

        return DashRole.Compound;
    }

    // A dash at the start of a block or of a line inside it opens a list item or a line of dialogue.
    private static bool OpensLine(string prose, int at)
    {
        var i = at - 1;
        while (i >= 0 && InlineSpace.Is(prose[i]))
        {
            i--;
        }

        return i < 0 || prose[i] == '\n';
    }

    // "16-1-2020" and "0913-123-456" are dates and numbers, not ranges.
    private static bool IsInChain(string prose, ImmutableArray<Token> tokens, int dash) =>
        dash >= 2 && IsDash(prose, tokens[dash - 2]) && tokens[dash - 2].End == tokens[dash - 1].Start
        || dash + 2 < tokens.Length && IsDash(prose, tokens[dash + 2]) && tokens[dash + 2].Start == tokens[dash + 1].End;

    private static bool IsDash(string prose, Token token) => token.Kind == TokenKind.Punctuation && Dashes.Is(prose[token.Start]);

    private static bool SpacesOnly(string prose, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!InlineSpace.Is(prose[i]))
            {
                return false;
            }
        }

        return true;
    }

    private enum DashRole
    {
        Separator,
        Compound,
        Range,
        Aside,
        ListMarker,
    }

    private readonly record struct DashUse(DashRole Role, char Dash, TextSpan Span);

    /// <summary>How often each dash is used for one role, and which came first on a tie.</summary>
    private sealed class DashCounts
    {
        private readonly int[] _counts = new int[Dashes.All.Length];
        private readonly int[] _firstSeen = new int[Dashes.All.Length];
        private int _seen;

        public int Total => _seen;

        public int Distinct
        {
            get
            {
                var distinct = 0;
                foreach (var count in _counts)
                {
                    distinct += count > 0 ? 1 : 0;
                }

                return distinct;
            }
        }

        public char Majority
        {
            get
            {
                var best = 0;
                for (var i = 1; i < _counts.Length; i++)
                {
                    if (_counts[i] > _counts[best] || _counts[i] == _counts[best] && _firstSeen[i] < _firstSeen[best])
                    {
                        best = i;
                    }
                }

                return Dashes.All[best];
            }
        }

        public int Of(char dash) => _counts[Dashes.All.IndexOf(dash)];

        public void Add(char dash)
        {
            var i = Dashes.All.IndexOf(dash);
            if (_counts[i]++ == 0)
            {
                _firstSeen[i] = _seen;
            }

            _seen++;
        }
    }
}
