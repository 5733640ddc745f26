using FsCheck;
using FsCheck.Fluent;
using ReportLint.Analysis;
using ReportLint.Tests.Infrastructure;

namespace ReportLint.Tests.Properties;

/// <summary>Laws that hold for any input: linting never throws, and findings stay inside the text.</summary>
public sealed class LintingPropertyTests
{
    // Strings drawn from what drafts are made of, so that rules actually get to work on them,
    // mixed with arbitrary strings (lone surrogates, control characters) now and then.
    private static readonly Gen<string> DraftText = Gen.Frequency(
        (4, Gen.Elements(
                "các", "các", "của", "Đảng", "ủy", "uỷ", "hoà", "hòa", " ", " ", "  ", "\u00A0", "\n", "\n\n", ",", ".", ";", ":", "…", "...", "“", "”", "(", ")",
                "-", "–", "—", "%", "/", "4.014", "85,2%", "86/101", "16/1/2020", "17:40", "22-NQ/TW", "65", "21", "44", "tổ chức cơ sở đảng", "gồm", "chi bộ",
                "# ", "| a | b |\n|---|---|\n", "`x`", "<!-- reportlint-disable -->", "<!-- reportlint-enable RL2001 -->", "**", "[a](http://x)", "- ", "> ")
            .ArrayOf().Select(parts => string.Concat(parts))),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)));

    [Fact]
    public void Linting_never_throws_and_every_finding_lies_inside_the_text()
    {
        var property = Prop.ForAll(DraftText.ToArbitrary(), text =>
        {
            foreach (var path in new[] { "draft.md", "draft.txt" })
            {
                var result = Lint.Text(text, path);
                foreach (var diagnostic in result.Diagnostics)
                {
                    if (diagnostic.Id == ToolDiagnostics.RuleFailed.Id || diagnostic.Location.SourceSpan.End > text.Length)
                    {
                        return false;
                    }
                }
            }

            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), property);
    }

    [Fact]
    public void Prose_maps_every_character_into_the_block_it_came_from()
    {
        var property = Prop.ForAll(DraftText.ToArbitrary(), text =>
        {
            var draft = ReportLint.Documents.DraftLoader.FromText("draft.md", Microsoft.CodeAnalysis.Text.SourceText.From(text));
            return draft.Blocks.All(block => Enumerable.Range(0, block.Prose.Length).All(i =>
            {
                var span = block.Prose.ToSource(i, 1);
                return span.Start >= 0 && span.End <= text.Length && block.Span.Contains(span.Start);
            }));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), property);
    }
}
