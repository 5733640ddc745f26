using System.Text;
using Xunit.Sdk;

namespace ReportLint.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's conventions, so that moving to Verify.Xunit is one line:
/// <c>{TestClass}.{TestMethod}_{parameters}.verified.txt</c> beside the test source, a
/// <c>.received.txt</c> written on mismatch (git-ignored), UTF-8 with LF line ends. Accept a
/// change by moving received over verified, or set REPORTLINT_ACCEPT_SNAPSHOTS=1 to accept all.
/// </summary>
public static class Snapshot
{
    private const string AcceptVariable = "REPORTLINT_ACCEPT_SNAPSHOTS";

    public static void Verify(Type testClass, string testMethod, string actual, string? parameters = null)
    {
        var folder = FolderOf(testClass);
        var stem = $"{testClass.Name}.{testMethod}{(parameters is null ? string.Empty : "_" + parameters)}";
        var verifiedPath = Path.Combine(folder, stem + ".verified.txt");
        var receivedPath = Path.Combine(folder, stem + ".received.txt");
        var received = Normalize(actual);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1" && Environment.GetEnvironmentVariable("CI") is null)
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        throw new XunitException(verified is null
            ? $"No snapshot yet: review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)}."
            : $"Snapshot differs: compare {receivedPath} with {verifiedPath}.\n{FirstDifference(verified, received)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    // Snapshots live beside the test source: the namespace below the root namespace is the folder.
    private static string FolderOf(Type testClass)
    {
        var relative = (testClass.Namespace ?? string.Empty)
            .Replace("ReportLint.Tests", string.Empty, StringComparison.Ordinal)
            .TrimStart('.')
            .Replace('.', Path.DirectorySeparatorChar);
        return Path.Combine(TestPaths.ProjectDirectory, relative);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}:\n  verified: {e}\n  received: {a}";
            }
        }

        return string.Empty;
    }
}
