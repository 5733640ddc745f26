using ReportLint.Numbers;

namespace ReportLint.Tests.Numbers;

public class UnitVocabularyTests
{
    private static readonly UnitVocabulary Units = UnitVocabulary.Default;

    [Fact]
    public void The_shipped_file_is_the_embedded_default()
    {
        var fromSource = UnitVocabulary.FromYaml(File.ReadAllText(Path.Combine(ScanAssertions.RepositoryRoot, "src/ReportLint/Numbers/default-units.yml")));
        Assert.Equal(fromSource.Units.Select(u => u.Name).Order(), Units.Units.Select(u => u.Name).Order());
    }

    [Theory]
    [InlineData("TCCSĐ")]
    [InlineData("TCCS Đảng")]
    [InlineData("tcc s đảng", false)]
    [InlineData("tổ chức cơ sở Đảng")]
    [InlineData("Tổ chức cơ sở đảng")]
    [InlineData("TCCS")]
    [InlineData("chi đảng bộ cơ sở")]
    [InlineData("chi, đảng bộ")]
    [InlineData("tổ chức cơ sở đảng")]
    public void Aliases_of_the_party_base_organisation(string phrase, bool known = true)
    {
        var unit = Units.Find(phrase);
        if (known)
        {
            Assert.Same(Units["tổ chức cơ sở đảng"], unit);
        }
        else
        {
            Assert.Null(unit);
        }
    }

    [Theory]
    [InlineData("Đảng ủy cơ sở", "đảng bộ cơ sở")]
    [InlineData("Đảng uỷ cơ sở", "đảng bộ cơ sở")] // the other tone-mark style
    [InlineData("người tham gia bảo hiểm y tế", "người tham gia bhyt")]
    [InlineData("hội viên nông dân", "hội viên")]
    [InlineData("đoàn viên thanh niên", "đoàn viên")]
    [InlineData("tỉ đồng", "tỷ đồng")]
    [InlineData("thôn, tổ dân phố", "thôn")]
    [InlineData("héc-ta", "ha")]
    public void Normalises_spellings(string phrase, string canonical) =>
        Assert.Equal(canonical, Units.Find(phrase)?.Name);

    [Fact]
    public void Party_base_organisations_split_into_party_committees_and_cells()
    {
        var total = Units["tổ chức cơ sở đảng"];
        Assert.Equal(["đảng bộ cơ sở", "chi bộ cơ sở"], Units.LeafPartsOf(total).Select(u => u.Name));
        Assert.True(Units.IsPartOf(Units["đảng bộ cơ sở"], total));
        Assert.False(Units.IsPartOf(Units["chi bộ trực thuộc"], total));
        Assert.True(Units.IsBelow(Units["chi bộ trực thuộc"], total));
        Assert.True(Units.IsBelow(Units["chi bộ trực thuộc"], Units["đảng bộ cơ sở"]));
        Assert.False(Units.IsBelow(Units["chi bộ cơ sở"], total));
    }

    [Fact]
    public void A_generic_word_reads_narrowly_under_a_total()
    {
        var total = Units["tổ chức cơ sở đảng"];
        Assert.Same(Units["đảng bộ cơ sở"], Units.ReadAsPartOf(Units["đảng bộ"], total));
        Assert.Same(Units["chi bộ cơ sở"], Units.ReadAsPartOf(Units["chi bộ"], total));
        Assert.Same(Units["đảng viên"], Units.ReadAsPartOf(Units["đảng viên"], total));
    }

    [Fact]
    public void Money_units_carry_their_scale()
    {
        Assert.Equal(1_000_000_000m, Units["tỷ đồng"].Scale);
        Assert.Equal("đồng", Units["tỷ đồng"].BaseUnit);
        Assert.Equal(UnitKind.Money, Units["triệu đồng"].Kind);
    }

    [Fact]
    public void Longest_alias_wins_and_ends_on_a_word_boundary()
    {
        const string text = "300 chi bộ trực thuộc Đảng bộ cơ sở.";
        var length = Units.MatchPrefix(text, 4, out var unit);
        Assert.Equal("chi bộ trực thuộc Đảng bộ cơ sở".Length, length);
        Assert.Equal("chi bộ trực thuộc", unit?.Name);
        Assert.Equal(0, Units.MatchPrefix("xãhội", 0, out _));
    }

    [Fact]
    public void Loads_a_units_section_from_yaml()
    {
        const string yaml = """
            rules: {}
            units:
              hợp tác xã nông nghiệp:
                aliases: [HTX nông nghiệp]
                parts: [htx trồng trọt, htx chăn nuôi]
              HTX trồng trọt:
              htx chăn nuôi:
              tổ hợp tác:
                within: hợp tác xã nông nghiệp
            """;
        var units = UnitVocabulary.FromYaml(yaml);
        var total = units.Find("HTX Nông nghiệp")!;
        Assert.Equal("hợp tác xã nông nghiệp", total.Name);
        Assert.True(units.IsPartOf(units["htx trồng trọt"], total));
        Assert.True(units.IsBelow(units["tổ hợp tác"], total));
    }

    [Theory]
    [InlineData("units:\n  xã:\n    part: [thôn]\n", "unknown property 'part'")]
    [InlineData("units:\n  xã:\n    parts: [thôn]\n", "'thôn', which is not defined")]
    [InlineData("units:\n  xã:\n  phường:\n    aliases: [xã]\n", "given to both")]
    [InlineData("units:\n  xã:\n    kind: area\n", "unknown kind 'area'")]
    [InlineData("rules: {}\n", "'units:' mapping")]
    [InlineData("units:\n  a:\n    within: b\n  b:\n    within: a\n", "within' itself")]
    public void Reports_mistakes_in_the_yaml(string yaml, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => UnitVocabulary.FromYaml(yaml));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
