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
        // Unwrapping an outer tag re-parses its content, which may hold inner tags: repeat until none.
        while (root.Descendants<OpenXmlUnknownElement>().FirstOrDefault(IsSmartTag) is { } smartTag)
        {
            var content = new CustomXmlRun { InnerXml = smartTag.InnerXml };
            foreach (var child in content.ChildElements.ToList())
            {
                child.Remove();
                smartTag.InsertBeforeSelf(child);
            }

            smartTag.Remove();
        }
    }

    private static bool IsSmartTag(OpenXmlUnknownElement element) =>
        element.LocalName == "smartTag" && element.NamespaceUri == WordNamespace;
}
