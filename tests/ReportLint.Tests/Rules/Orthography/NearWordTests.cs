using ReportLint.Rules.Vietnamese;
using ReportLint.Tests.Infrastructure;
using ReportLint.Vietnamese;

namespace ReportLint.Tests.Rules.Orthography;

/// <summary>RL3009's data: the confusions a syllable has, the bigram counts, and the rule's reading of context.</summary>
public sealed class NearWordTests
{
    [Theory]
    [InlineData("xử", "sử")]
    [InlineData("năng", "lăng")]
    [InlineData("kiểm", "kiễm")]
    [InlineData("sáp", "sát")]
    [InlineData("trễ", "chễ")]
    [InlineData("dây", "giây")]
    [InlineData("đồng", "đồn")]
    [InlineData("sửa", "sữa")]
    [InlineData("cắt", "cất")]
    [InlineData("chẩn", "chuẩn")]
    public void Each_confusion_kind_gives_the_other_spelling(string meant, string typed)
    {
        Assert.Contains(typed, SyllableConfusions.Shared.Of(meant));
        Assert.Contains(meant, SyllableConfusions.Shared.Of(typed));
    }

    [Fact]
    public void An_initial_is_replaced_only_before_a_vowel()
    {
        // "nh" and "ng" are initials of their own, not "n" + h/g.
        Assert.DoesNotContain(SyllableConfusions.Shared.Of("nhà"), spelling => spelling.StartsWith('l'));
    }

    [Fact]
    public void The_counts_read_any_case_and_either_tone_placement()
    {
        var model = SyllableBigrams.Shared;

        Assert.True(model.PairCount(model.IdOf("xử"), model.IdOf("lý")) > 100);
        Assert.Equal(0, model.PairCount(model.IdOf("sử"), model.IdOf("lý")));
        Assert.Equal(model.IdOf("hoà"), model.IdOf("Hòa"));
        Assert.Equal(SyllableBigrams.Unknown, model.IdOf("kiễm"));
    }

    [Fact]
    public void A_slip_is_found_beside_lower_case_words_only()
    {
        var result = Lint.Text(
            """
            Cán bộ cần nâng cao lăng lực chuyên môn.

            Ông Lăng Lực phát biểu. Lăng lực sĩ đầu đường.
            """,
            "draft.md",
            OrthographyRuleSet.Engine);

        Assert.Equal(["lăng"], result.Diagnostics.Where(d => d.Id == RL3009NearWordMisspelling.Id).Select(d => OrthographyRuleSet.Excerpt(result, d)));
    }
}
