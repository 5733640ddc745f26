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

    public CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = new ReportLintCli(output, error, Folder, isTerminal: false).Run(args);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public sealed record CliResult(int ExitCode, string Output, string Error);
