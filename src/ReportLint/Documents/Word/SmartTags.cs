using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportLint.Documents.Word;

/// <summary>
/// The SDK has no type for <c>w:smartTag</c> (Word 2010 stopped writing them, and drops them on
/// save), so it loads one and everything inside it as unknown elements, hiding their runs. This
/// replaces each smart tag, in the in-memory DOM only, by its content parsed as typed elements,
/// which is what Word does, so that run-map references point into the document's own tree.
/// </summary>
internal static class SmartTags
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void Unwrap(OpenXmlElement root)
    {
        // Unwrapping an outer tag re-parses its content, which may hold inner tags: each round
        // unwraps every tag it finds, so a story is walked once per level of nesting (bounded by
        // WordOpenLimits.MaxXmlDepth), not once per tag.
        List<OpenXmlUnknownElement> smartTags;
        while ((smartTags = [.. root.Descendants<OpenXmlUnknownElement>().Where(IsSmartTag)]).Count > 0)
        {
            foreach (var smartTag in smartTags.Where(tag => tag.Parent is not null && !IsSmartTag(tag.Parent)))
            {
                Unwrap(smartTag);
            }
        }
    }

    private static void Unwrap(OpenXmlUnknownElement smartTag)
    {
        var content = new CustomXmlRun { InnerXml = smartTag.InnerXml };
        foreach (var child in content.ChildElements.ToList())
        {
            child.Remove();
            smartTag.InsertBeforeSelf(child);
        }

        smartTag.Remove();
    }

    private static bool IsSmartTag(OpenXmlElement element) =>
        element.LocalName == "smartTag" && element.NamespaceUri == WordNamespace;
}
