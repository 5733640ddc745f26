using System.IO.Packaging;
using System.Xml;

namespace ReportLint.Documents.Word;

/// <summary>
/// The SDK loads every part a part refers to as soon as any one of them is asked for, and fails
/// on a reference to a part the package does not hold (a header, an image, or a part whose content
/// type was lost). Such a package is damaged, as Word also says, so it is refused with the part
/// named. The package is read here through System.IO.Packaging, the layer the SDK reads it through.
/// </summary>
internal static class RelationshipTargets
{
    public static void RefuseDangling(Stream packageBytes)
    {
        try
        {
            using var package = Package.Open(packageBytes, FileMode.Open, FileAccess.Read);
            RefuseDangling(package);
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            throw new WordDocumentRejectedException(
                WordRejectionReason.CorruptFile, "The package's content types or relationships are damaged.", exception);
        }
    }

    /// <summary>What System.IO.Packaging throws on content types, part names and relationships it cannot parse.</summary>
    private static bool IsDamage(Exception exception) =>
        exception is ArgumentException or InvalidOperationException or FormatException or XmlException or IOException or InvalidDataException;

    private static void RefuseDangling(Package package)
    {
        var relationships = package.GetRelationships().Concat(package.GetParts()
            .Where(part => !PackUriHelper.IsRelationshipPartUri(part.Uri))
            .SelectMany(part => part.GetRelationships()));
        foreach (var relationship in relationships.Where(r => r.TargetMode == TargetMode.Internal))
        {
            if (PartNamed(relationship) is { } target && !package.PartExists(target))
            {
                throw new WordDocumentRejectedException(
                    WordRejectionReason.CorruptFile,
                    $"The part '{relationship.SourceUri}' refers to '{target}', which the package does not hold.");
            }
        }
    }

    /// <summary>Null for a target that names no part at all, which the SDK itself passes over.</summary>
    private static Uri? PartNamed(PackageRelationship relationship)
    {
        try
        {
            return PackUriHelper.ResolvePartUri(relationship.SourceUri, relationship.TargetUri);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
