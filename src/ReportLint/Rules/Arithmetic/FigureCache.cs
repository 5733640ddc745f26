using System.Runtime.CompilerServices;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Numbers;
using ReportLint.Numbers.Claims;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Rules.Arithmetic;

/// <summary>
/// Scans each block once for all arithmetic rules: the scanner runs at about the speed the whole
/// family is allowed, so eight rules scanning for themselves would be eight times too slow.
/// Entries die with their draft's blocks; the scanner of a configuration with its configuration.
/// </summary>
internal static class FigureCache
{
    private static readonly ConditionalWeakTable<LintConfiguration, NumberScanner> Scanners = new();
    private static readonly ConditionalWeakTable<Block, BlockFigures> Figures = new();

    public static BlockFigures Of(ActionContext context, Block block)
    {
        var scanner = Scanners.GetValue(context.Configuration, CreateScanner);
        if (Figures.TryGetValue(block, out var cached) && ReferenceEquals(cached.Vocabulary, scanner.Vocabulary))
        {
            return cached;
        }

        var text = context.TextOf(block);
        var figures = new BlockFigures(text.Text, scanner.Scan(text.Text), text.Sentences, scanner.Vocabulary);
        Figures.AddOrUpdate(block, figures);
        return figures;
    }

    private static NumberScanner CreateScanner(LintConfiguration configuration) =>
        configuration.Section(ArithmeticRules.UnitsSection) is YamlMappingNode units
            ? new NumberScanner(UnitVocabulary.FromYaml(units))
            : NumberScanner.Default;
}
