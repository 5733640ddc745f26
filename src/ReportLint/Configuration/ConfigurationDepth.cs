using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportLint.Configuration;

/// <summary>
/// rules.yml is a few levels deep; YamlDotNet's representation model recurses once per level, so a
/// file nested thousands of levels deep would overflow the stack. Its event parser does not
/// recurse, so the nesting is measured with it first and refused beyond <see cref="MaxNesting"/>.
/// </summary>
internal static class ConfigurationDepth
{
    public const int MaxNesting = 64;

    public static void Check(string text, string displayPath)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > MaxNesting)
                    {
                        var start = parser.Current.Start;
                        throw new ConfigurationException(displayPath, (int)start.Line, (int)start.Column, ConfigurationException.Phrase("Config_TooDeep", MaxNesting));
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
    }
}
