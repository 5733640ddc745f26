using YamlDotNet.RepresentationModel;

namespace ReportLint.Configuration;

/// <summary>
/// A list option of a user's rules.yml laid over the built-in list (RL2001 <c>allow</c>, RL3006
/// <c>terms</c>...): a mapping of <c>add:</c> and <c>remove:</c> extends and trims it, the way
/// <see cref="VocabularyOverlay"/> says; a plain list replaces it, as it did before the mapping
/// existed, so older files keep their meaning.
/// </summary>
internal static class ListOptionOverlay
{
    /// <param name="option">The option's name for messages, such as <c>RL2001.allow</c>.</param>
    /// <param name="builtIn">The built-in value, null when there is none.</param>
    /// <param name="given">The user's value.</param>
    /// <param name="path">The user's rules.yml, for errors.</param>
    public static YamlNode Apply(string option, YamlNode? builtIn, YamlNode given, string path)
    {
        if (given is not YamlMappingNode overlay || !IsOverlay(overlay))
        {
            return given;
        }

        var entries = new OrderedDictionary<string, YamlNode>(StringComparer.Ordinal);
        switch (builtIn)
        {
            case null:
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    entries.TryAdd(Text(item, path), item);
                }

                break;
            default:
                throw Error(path, given, "Config_OverlayNotList", option);
        }

        // Removals name built-in entries, so they go first; an entry both removed and added stays.
        if (overlay.Children.TryGetValue(new YamlScalarNode(VocabularyOverlay.RemoveKey), out var removed)
            && VocabularyOverlay.Remove(entries, List(removed, VocabularyOverlay.RemoveKey, path)) is { } missing)
        {
            throw Error(path, missing, "Config_NothingToRemove", Text(missing, path), option);
        }

        if (overlay.Children.TryGetValue(new YamlScalarNode(VocabularyOverlay.AddKey), out var added))
        {
            foreach (var item in List(added, VocabularyOverlay.AddKey, path).Children)
            {
                entries[Text(item, path)] = item;
            }
        }

        return new YamlSequenceNode(entries.Values);
    }

    private static bool IsOverlay(YamlMappingNode mapping) =>
        mapping.Children.Count > 0
        && mapping.Children.Keys.All(key => key is YamlScalarNode { Value: VocabularyOverlay.AddKey or VocabularyOverlay.RemoveKey });

    private static YamlSequenceNode List(YamlNode node, string key, string path) =>
        node as YamlSequenceNode ?? throw Error(path, node, "Config_OverlayTakesList", key);

    private static string Text(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { } text } ? text : throw Error(path, node, "Config_ExpectedValue");

    private static ConfigurationException Error(string path, YamlNode node, string problem, params object?[] args) =>
        ConfigurationException.At(path, node, problem, args);
}
