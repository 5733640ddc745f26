using ReportLint.Analysis;
using ReportLint.Configuration;

namespace ReportLint.Plugins;

/// <summary>
/// Loads a rules.yml with the user rules it lists, the same way for every host: the plugins are
/// compiled, the file is checked against the built-in rules and theirs, and the drafts it governs
/// are checked by an engine that runs both.
/// </summary>
internal sealed class RulesLoader(LintEngine builtIn, PluginCompiler compiler)
{
    private readonly ConfigurationLoader _configurations = new(builtIn.Schema);
    private ConfiguredRules? _defaults;

    /// <summary>The built-in rules with the embedded rules.yml, for drafts no rules.yml governs.</summary>
    public ConfiguredRules Defaults => _defaults ??= new ConfiguredRules(_configurations.Defaults, builtIn);

    /// <summary>The rules for the drafts <paramref name="path"/> governs, or why there are none: the file cannot be read or is invalid, or a plugin cannot be read or compiled, or holds no rule.</summary>
    public RulesOutcome Load(string path)
    {
        var engine = builtIn;
        IReadOnlyList<string> plugins = [];
        try
        {
            var configuration = _configurations.Load(path, listed =>
            {
                plugins = listed;
                engine = new LintEngine(builtIn.Analyzers.Concat(compiler.Load(listed)));
                return engine.Schema;
            });
            return new RulesOutcome(new ConfiguredRules(configuration, engine), null, [.. plugins]);
        }
        catch (ConfigurationException e)
        {
            return new RulesOutcome(null, RulesProblem.Of(e), [.. plugins]);
        }
        catch (PluginException e)
        {
            return new RulesOutcome(null, RulesProblem.Of(e), [.. plugins]);
        }
    }
}
