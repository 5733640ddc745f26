using ReportLint.Cli;

namespace ReportLint.Tests.Cli;

/// <summary>Runs the command line in-process, in a folder of the test's own.</summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "reportlint-tests", Guid.NewGuid().ToString("N"));

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Replaces how drafts are loaded, to make a reader fail as a bug would.</summary>
    public Func<string, ReportLint.Documents.Draft>? LoadDraft { get; init; }

    /// <summary>Where compiled plugins are kept: the test's own folder, never the user's cache.</summary>
    public string PluginCache => Path.Combine(Folder, "plugin-cache");

    public CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = new ReportLintCli(output, error, Folder, isTerminal: false, LoadDraft, PluginCache).Run(args);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public sealed record CliResult(int ExitCode, string Output, string Error);
