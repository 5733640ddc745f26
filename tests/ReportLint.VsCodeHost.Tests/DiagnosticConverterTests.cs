using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportLint.Analysis;
using ReportLint.Rules.Typography;
using ReportLint.VsCodeHost.CodeActions;
using ReportLint.VsCodeHost.Documents;
using ReportLint.VsCodeHost.Linting;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

public sealed class DiagnosticConverterTests
{
    private const string DraftPath = "/drafts/q3.md";
    private const string Text = "Tổng 21 + 44\n😀 bằng 65.\n";

    [Fact]
    public void AdditionalLocationsBecomeRelatedInformationQuotingTheirText()
    {
        var finding = Finding(TextSpan.FromBounds(5, 7), related: [TextSpan.FromBounds(21, 23)]);

        var converted = DiagnosticConverter.ToLsp(finding, Outcome(finding));

        var related = Assert.Single(converted.RelatedInformation!);
        Assert.Equal("untitled:q3", related.Location.Uri);
        Assert.Equal(new Protocol.Types.Range(new(1, 8), new(1, 10)), related.Location.Range);
        Assert.Equal("“65”", related.Message);
        Assert.Equal(new Protocol.Types.Range(new(0, 5), new(0, 7)), converted.Range);
        Assert.Equal(Protocol.Types.DiagnosticSeverity.Warning, converted.Severity);
    }

    [Fact]
    public void FixAllLeavesOutFixesThatOverlapOneAlreadyTaken()
    {
        var findings = new[]
        {
            Finding(TextSpan.FromBounds(0, 4), fix: new TextChange(TextSpan.FromBounds(0, 4), "A")),
            Finding(TextSpan.FromBounds(2, 7), fix: new TextChange(TextSpan.FromBounds(2, 7), "B")),
            Finding(TextSpan.FromBounds(8, 9), fix: new TextChange(TextSpan.FromBounds(8, 8), "C")),
            Finding(TextSpan.FromBounds(8, 9), fix: new TextChange(TextSpan.FromBounds(8, 8), "D")),
            Finding(TextSpan.FromBounds(8, 12), fix: new TextChange(TextSpan.FromBounds(8, 12), "E")),
            Finding(TextSpan.FromBounds(12, 13), fix: new TextChange(TextSpan.FromBounds(12, 13), "F")),
        };

        var kept = QuickFixActions.NonOverlapping(findings, Text.Length);

        Assert.Equal(["A", "C", "F"], kept.Select(k => k.NewText));
    }

    private static Diagnostic Finding(TextSpan span, TextSpan[]? related = null, TextChange? fix = null)
    {
        var text = SourceText.From(Text);
        Location At(TextSpan s) => Location.Create(DraftPath, s, text.Lines.GetLinePositionSpan(s));
        var properties = fix is { } change ? FixData.Replace(change.Span, change.NewText!) : null;
        return Diagnostic.Create(RL2001DuplicatedWord.Rule, At(span), (related ?? []).Select(At), properties, "21", "21 21");
    }

    private static CheckOutcome Outcome(Diagnostic finding)
    {
        var document = new DocumentSnapshot("untitled:q3", DraftKind.Markdown, 1, SourceText.From(Text), PositionEncoding.Utf16);
        var configuration = new ResolvedConfiguration(null, new LintEngine([]), null, CultureInfo.GetCultureInfo("vi"), 0);
        return new CheckOutcome(document, DraftPath, configuration, null, ImmutableArray.Create(finding));
    }
}
