using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportLint.Configuration;

/// <summary>
/// Parses rules.yml and checks it against the schema of the rules that exist, so that a typo in
/// a rule ID or option is an error with its line number instead of a silently ignored setting.
/// </summary>
/// <remarks>
/// A file that lists plugins is checked against the schema <c>schemaWithPlugins</c> gives for them
/// (the plugins' rules and options added); without it, listing plugins is an error. Compiling them
/// is the engine's business (<c>ReportLint.Plugins</c>), not the configuration's.
/// </remarks>
internal sealed class ConfigurationLoader(ConfigurationSchema schema)
{
    public const string FileName = "rules.yml";

    private LintConfiguration? _defaults;

    /// <summary>The configuration embedded in the tool (the repository's top-level rules.yml).</summary>
    public LintConfiguration Defaults => _defaults ??= Parse(ReadEmbeddedDefaults(), path: null, schemaWithPlugins: null, checkDepth: false);

    public static string ReadEmbeddedDefaults()
    {
        using var stream = typeof(ConfigurationLoader).Assembly.GetManifestResourceStream("ReportLint.rules.yml")
            ?? throw new InvalidOperationException("The default rules.yml is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads a user's rules.yml over the defaults.</summary>
    public LintConfiguration Load(string path, Func<IReadOnlyList<string>, ConfigurationSchema>? schemaWithPlugins = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, 0, 0, ConfigurationException.Phrase("Config_Unreadable", e.Message));
        }

        return Defaults.OverlaidWith(Parse(text, path, schemaWithPlugins));
    }

    /// <summary>The nearest rules.yml in the folder of <paramref name="draftPath"/> or above it.</summary>
    public static string? FindNearest(string draftPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(draftPath));
        while (folder is not null)
        {
            var candidate = Path.Combine(folder, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            folder = Path.GetDirectoryName(folder);
        }

        return null;
    }

    public LintConfiguration Parse(string text, string? path, Func<IReadOnlyList<string>, ConfigurationSchema>? schemaWithPlugins = null) =>
        Parse(text, path, schemaWithPlugins, checkDepth: true);

    // The embedded defaults are our own file, a few levels deep and tested: the depth pass over
    // them (about half of their parse on a cold start) only guards against other people's files.
    private LintConfiguration Parse(string text, string? path, Func<IReadOnlyList<string>, ConfigurationSchema>? schemaWithPlugins, bool checkDepth)
    {
        var displayPath = path ?? "rules.yml (built in)";
        var stream = new YamlStream();
        try
        {
            if (checkDepth)
            {
                ConfigurationDepth.Check(text, displayPath);
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ConfigurationException(displayPath, (int)e.Start.Line, (int)e.Start.Column, ConfigurationException.Phrase("Config_NotYaml", e.InnerException?.Message ?? e.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some malformed flow
            // collections (found by the fuzzer: "- a\n[- b\n- c").
            throw new ConfigurationException(displayPath, 0, 0, ConfigurationException.Phrase("Config_YamlReaderFailed"));
        }

        var severities = ImmutableDictionary.CreateBuilder<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);
        var options = ImmutableDictionary.CreateBuilder<string, RuleOptions>(StringComparer.OrdinalIgnoreCase);
        var sections = ImmutableDictionary.CreateBuilder<string, YamlNode>();
        var plugins = ImmutableArray.CreateBuilder<string>();
        string? language = null;

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new LintConfiguration(path, null, severities.ToImmutable(), options.ToImmutable(), sections.ToImmutable(), []);
        }

        var root = stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Error(displayPath, stream.Documents[0].RootNode, "Config_TopLevel");

        // Plugins come first whatever their place in the file: their rules may be configured above them.
        var fileSchema = schema;
        if (root.Children.TryGetValue(new YamlScalarNode("plugins"), out var pluginsNode))
        {
            var list = pluginsNode as YamlSequenceNode ?? throw Error(displayPath, pluginsNode, "Config_PluginsNotList");
            var baseFolder = path is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(path))!;
            plugins.AddRange(list.Children.Select(p => Path.GetFullPath(Path.Combine(baseFolder, Scalar(displayPath, p)))));
            if (plugins.Count > 0)
            {
                fileSchema = schemaWithPlugins?.Invoke(plugins) ?? throw Error(displayPath, pluginsNode, "Config_PluginsNotHere");
            }
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(displayPath, keyNode);
            switch (key)
            {
                case "language":
                    language = Scalar(displayPath, value);
                    if (language is not ("vi" or "en"))
                    {
                        throw Error(displayPath, value, "Config_Language", language);
                    }

                    break;
                case "rules":
                    ReadRules(fileSchema, displayPath, value, severities, options);
                    break;
                case "plugins":
                    break;
                default:
                    if (!fileSchema.Sections.Contains(key))
                    {
                        throw Error(displayPath, keyNode, "Config_UnknownSetting", key, string.Join(", ", fileSchema.Sections.Order()));
                    }

                    sections[key] = value;
                    break;
            }
        }

        return new LintConfiguration(path, language, severities.ToImmutable(), options.ToImmutable(), sections.ToImmutable(), plugins.ToImmutable());
    }

    private static void ReadRules(
        ConfigurationSchema schema,
        string path,
        YamlNode rulesNode,
        ImmutableDictionary<string, RuleSeverity>.Builder severities,
        ImmutableDictionary<string, RuleOptions>.Builder options)
    {
        if (rulesNode is YamlScalarNode { Value: null or "" })
        {
            return;
        }

        var rules = rulesNode as YamlMappingNode ?? throw Error(path, rulesNode, "Config_RulesNotMapping");
        foreach (var (idNode, settings) in rules.Children)
        {
            var id = Scalar(path, idNode).ToUpperInvariant();
            if (!schema.RuleIds.Contains(id))
            {
                throw Error(path, idNode, "Config_UnknownRule", Scalar(path, idNode));
            }

            // "RL2001: off" is shorthand for "RL2001: { severity: off }".
            if (settings is YamlScalarNode shorthand)
            {
                severities[id] = ParseSeverity(path, shorthand);
                continue;
            }

            var mapping = settings as YamlMappingNode ?? throw Error(path, settings, "Config_RuleSettings", id);
            var ruleOptions = ImmutableDictionary.CreateBuilder<string, YamlNode>();
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = Scalar(path, keyNode);
                if (!schema.AcceptsOption(id, key))
                {
                    var known = schema.Options.TryGetValue(id, out var keys) ? string.Join(", ", keys.Prepend("severity")) : "severity";
                    throw Error(path, keyNode, "Config_UnknownOption", key, id, known);
                }

                if (key == "severity")
                {
                    severities[id] = ParseSeverity(path, value);
                }
                else
                {
                    ruleOptions[key] = value;
                }
            }

            if (ruleOptions.Count > 0)
            {
                options[id] = new RuleOptions(ruleOptions.ToImmutable());
            }
        }
    }

    private static RuleSeverity ParseSeverity(string path, YamlNode node) => Scalar(path, node).ToLowerInvariant() switch
    {
        "off" or "none" => RuleSeverity.Off,
        "info" or "suggestion" => RuleSeverity.Info,
        "warning" => RuleSeverity.Warning,
        "error" => RuleSeverity.Error,
        var other => throw Error(path, node, "Config_Severity", other),
    };

    private static string Scalar(string path, YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(path, node, "Config_ExpectedValue");

    private static ConfigurationException Error(string path, YamlNode node, string problem, params object?[] args) =>
        ConfigurationException.At(path, node, problem, args);
}
