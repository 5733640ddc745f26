using YamlDotNet.RepresentationModel;

namespace ReportLint.Configuration;

/// <summary>
/// How every vocabulary of rules.yml is laid over the built-in one (the units of the figures rules,
/// the lists of rule options): what is given is added, an entry with the name of a built-in one
/// replaces it, and <c>remove:</c> drops entries by name, so a user never copies a default list
/// whole. Removing a name that is not there is an error: a misspelt removal must not pass in silence.
/// </summary>
internal static class VocabularyOverlay
{
    public const string AddKey = "add";

    public const string RemoveKey = "remove";

    /// <summary>Drops the entries a <c>remove:</c> list names.</summary>
    /// <returns>The first item of the list that names no entry (or is no name), or null when every one was removed.</returns>
    public static YamlNode? Remove<T>(IDictionary<string, T> entries, YamlSequenceNode names) =>
        names.Children.FirstOrDefault(name => name is not YamlScalarNode { Value: { } text } || !entries.Remove(text));
}
