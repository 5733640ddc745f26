using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportLint.Review;
using ReportLint.Analysis;
using ReportLint.Configuration;
using ReportLint.Documents;
using ReportLint.Documents.Word;
using ReportLint.Reporting;
using Spectre.Console;

namespace ReportLint.Cli;

/// <summary>
/// The <c>reportlint</c> command line: <c>check</c>, <c>rules</c> and <c>explain</c>.
/// Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 whenever something could not be
/// checked: a usage error, an unreadable input, or an internal fault (a bug), which is told in one
/// line with where to report it, its stack trace only under --verbose.
/// <paramref name="loadDraft"/> replaces <see cref="DraftLoader.Load"/> for <c>check</c> without
/// --annotate, and <paramref name="pluginCache"/> the folder of compiled plugins, as in <see cref="CheckRunner"/>.
/// </summary>
internal sealed class ReportLintCli(TextWriter output, TextWriter error, string workingDirectory, bool isTerminal, Func<string, Draft>? loadDraft = null, string? pluginCache = null)
{
    public const int Success = 0;
    public const int FindingsExitCode = 1;
    public const int InputErrorExitCode = 2;

    private readonly Option<bool> _verbose = new("--verbose") { Description = "Show the stack trace of an internal error (to report a bug).", Recursive = true };

    // Built on first use, inside Run's guard, so that even a fault while building it is told as one.
    private LintEngine? _engine;

    private bool _showStackTraces;

    // The language of messages outside a report (usage and internal faults): --lang once parsed.
    private CultureInfo _culture = CultureInfo.GetCultureInfo("vi");

    // Under --verbose: where the run's time went, written to the error stream at its end.
    private RunTimings? _timings;

    private LintEngine Engine => _engine ??= CreateEngine();

    private LintEngine CreateEngine()
    {
        var engine = LintEngine.CreateDefault();
        if (_timings is { } timings)
        {
            timings.Mark("analyzers created");
            engine.AnalyzerTimed = timings.AddAnalyzer;
        }

        return engine;
    }

    public int Run(string[] args)
    {
        var verbose = args.Contains(_verbose.Name, StringComparer.Ordinal);
        _timings = verbose ? new RunTimings() : null;
        try
        {
            var root = BuildCommands();
            var parse = root.Parse(args);
            _timings?.Mark("command line parsed");
            if (parse.Errors.Count > 0)
            {
                foreach (var parseError in parse.Errors)
                {
                    error.WriteLine($"reportlint: {parseError.Message}");
                }

                error.WriteLine("reportlint --help");
                return InputErrorExitCode;
            }

            var exitCode = parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            if (_timings is { } timings)
            {
                timings.Mark("report written");
                timings.WriteTo(error);
            }

            return exitCode;
        }
        catch (Exception e)
        {
            error.WriteLine("reportlint: " + ToolDiagnostics.Text("Fault_Run", _culture, ToolDiagnostics.Describe(e), ToolDiagnostics.IssuesUri));
            if (verbose)
            {
                error.WriteLine(e);
            }

            return InputErrorExitCode;
        }
    }

    private RootCommand BuildCommands()
    {
        var root = new RootCommand("ReportLint: kiểm tra số liệu, chính tả và trình bày của bản thảo tin bài (.md, .txt, .docx).");
        root.Options.Add(_verbose);
        root.Subcommands.Add(CheckCommand());
        root.Subcommands.Add(RulesCommand());
        root.Subcommands.Add(ExplainCommand());
        return root;
    }

    private Command CheckCommand()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (searched recursively) or globs to check.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of the console." };
        var config = new Option<string?>("--config", "-c") { Description = "Use this rules.yml instead of the nearest one." };
        var language = LanguageOption();
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding is at or above this severity.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var explainFigures = new Option<bool>("--explain-figures") { Description = "List every relation between figures that was recognised, with ✓, ✗ or – (not judged): after the findings in text, as a figures array in JSON and SARIF." };
        var annotate = new Option<string?>("--annotate") { Description = "Write a copy of the one Word draft checked with every finding as a Word comment." };
        var fix = new Option<bool>("--fix") { Description = "Apply every certain fix: Markdown and text drafts in place; a Word draft into the copy named by --output COPY.docx (or --annotate), as tracked changes. Then report what is left." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: write nothing, print the changes as a unified diff." };

        var command = new Command("check", "Check drafts and report what is wrong.") { paths, format, outputFile, config, language, failOn, explainFigures, annotate, fix, dryRun };
        command.SetAction(parse => Check(parse.GetValue(_verbose), new CheckOptions(
            [.. parse.GetValue(paths) ?? []],
            Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true),
            parse.GetValue(outputFile),
            parse.GetValue(config),
            parse.GetValue(language),
            Enum.Parse<RuleSeverity>(parse.GetValue(failOn)!, ignoreCase: true),
            parse.GetValue(explainFigures),
            parse.GetValue(annotate),
            parse.GetValue(fix),
            parse.GetValue(dryRun))));
        return command;
    }

    private Command RulesCommand()
    {
        var language = LanguageOption();
        var command = new Command("rules", "List the rules with their default severity.") { language };
        command.SetAction(parse =>
        {
            var culture = CultureInfo.GetCultureInfo(parse.GetValue(language) ?? "vi");
            foreach (var rule in Engine.Descriptors)
            {
                var severity = rule.IsEnabledByDefault ? DiagnosticText.Level(rule.DefaultSeverity) : "off";
                output.WriteLine($"{rule.Id}  {severity,-7}  {rule.Category,-18}  {rule.Title.ToString(culture)}");
            }

            return Success;
        });
        return command;
    }

    private Command ExplainCommand()
    {
        var id = new Argument<string>("rule") { Description = "A rule ID, such as RL2001." };
        var command = new Command("explain", "Print a rule's documentation.") { id };
        command.SetAction(parse =>
        {
            var ruleId = parse.GetValue(id)!.ToUpperInvariant();
            var page = RuleDocumentation.Read(ruleId);
            if (page is null)
            {
                error.WriteLine("reportlint: " + ToolDiagnostics.Text("Cli_UnknownRule", CultureInfo.GetCultureInfo("vi"), ruleId));
                return InputErrorExitCode;
            }

            output.WriteLine(page);
            return Success;
        });
        return command;
    }

    private static Option<string?> LanguageOption()
    {
        var language = new Option<string?>("--lang") { Description = "Language of messages: vi (default) or en." };
        language.AcceptOnlyFromAmong("vi", "en");
        return language;
    }

    private int Check(bool verbose, CheckOptions options)
    {
        _culture = CultureInfo.GetCultureInfo(options.Language ?? "vi");
        if ((FolderNamedAsFile("--output", options.OutputFile) ?? FolderNamedAsFile("--annotate", options.AnnotatedFile)) is { } refusal)
        {
            error.WriteLine("reportlint: " + refusal);
            return InputErrorExitCode;
        }

        if (UsageProblem(options) is { } usage)
        {
            error.WriteLine("reportlint: " + usage);
            return InputErrorExitCode;
        }

        _showStackTraces = verbose;
        try
        {
            if (WordCopyOf(options) is { } copy)
            {
                return CheckIntoWordCopy(options with { OutputFile = IsWordCopy(options) ? null : options.OutputFile }, copy);
            }

            var report = RunWithProgress(new CheckRunner(Engine, loadDraft, pluginCache) { Timings = _timings }, options);
            return options.Fix ? FixAndReport(options, report) : Report(options, report);
        }
        catch (OutputWriteException e)
        {
            error.WriteLine("reportlint: " + ToolDiagnostics.Text("Cli_CannotWrite", _culture, e.Path, e.Message));
            return InputErrorExitCode;
        }
    }

    /// <summary>
    /// With --fix, --output names the fixed copy of a Word draft when it is a Word file name: a
    /// report is never written as .docx, and a Word draft is never fixed in place.
    /// </summary>
    private static bool IsWordCopy(CheckOptions options) =>
        options.Fix && options.OutputFile is { } file && WordDraftReader.IsWordPath(file);

    private static string? WordCopyOf(CheckOptions options) => IsWordCopy(options) ? options.OutputFile : options.AnnotatedFile;

    private string? UsageProblem(CheckOptions options) =>
        options.DryRun && !options.Fix ? ToolDiagnostics.Text("Cli_DryRunNeedsFix", _culture)
        : IsWordCopy(options) && options.AnnotatedFile is not null ? ToolDiagnostics.Text("Cli_FixTwoCopies", _culture, options.OutputFile, options.AnnotatedFile)
        : null;

    /// <summary>
    /// Text drafts fixed: the changes listed (or, with --dry-run, shown as a diff and not written),
    /// then the report of what is left. Word drafts are only checked here: they are fixed into a copy.
    /// </summary>
    private int FixAndReport(CheckOptions options, RunReport report)
    {
        IReadOnlyList<string> problems = options.DryRun ? [] : FixedTextFiles.Write(report);
        ShowFixes(options, report);
        foreach (var problem in problems)
        {
            error.WriteLine("reportlint: " + problem);
        }

        foreach (var word in report.Files.Where(f => f.Draft?.Format == DraftFormat.Word))
        {
            error.WriteLine(ToolDiagnostics.Text("Cli_FixWordNeedsCopy", report.Culture, report.DisplayPath(word.Path), Path.ChangeExtension(Path.GetFileName(word.Path), ".fixed" + Path.GetExtension(word.Path))));
        }

        return ReportWhatIsLeft(options, report);
    }

    /// <summary>
    /// What --fix changed: with --dry-run a diff on the standard output; else one line a fix, for
    /// the person at the console: on the report's stream when the report is text shown there, else
    /// on the error stream, so that JSON or SARIF stay clean.
    /// </summary>
    private void ShowFixes(CheckOptions options, RunReport report)
    {
        if (options.DryRun)
        {
            FixDiff.Write(report, output);
        }
        else
        {
            FixListing.Write(report, options.Format == OutputFormat.Text && options.OutputFile is null ? output : error);
        }
    }

    /// <summary>A dry run's report is of the text as it would be; it goes to --output only, as the diff holds the console.</summary>
    private int ReportWhatIsLeft(CheckOptions options, RunReport report) =>
        options.DryRun && options.OutputFile is null ? ExitCode(options, report, reportShown: false) : Report(options, report);

    /// <summary>A report or copy written over a folder would fail only after the whole check.</summary>
    private string? FolderNamedAsFile(string option, string? file)
    {
        if (file is null || !Directory.Exists(Path.GetFullPath(file, workingDirectory)))
        {
            return null;
        }

        var example = Path.Combine(file, option == "--annotate" ? "bai.reviewed.docx" : "baocao.txt");
        return ToolDiagnostics.Text("Cli_OutputIsFolder", _culture, option, file, example);
    }

    /// <summary>RL9007 already told each fault in one line; --verbose adds what a bug report needs.</summary>
    private void WriteStackTraces(RunReport report)
    {
        foreach (var file in report.Files.Where(f => f.InternalFault is not null && _showStackTraces))
        {
            error.WriteLine($"{report.DisplayPath(file.Path)}: {file.InternalFault}");
        }
    }

    /// <summary>
    /// Checks one Word draft read into an editable in-memory copy, reports as usual, then writes the
    /// copy: with --fix each fix as a tracked change, with --annotate each finding left as a comment.
    /// The input is read once and never written.
    /// </summary>
    private int CheckIntoWordCopy(CheckOptions options, string copyFile)
    {
        var culture = CultureInfo.GetCultureInfo(options.Language ?? "vi");
        var option = options.AnnotatedFile is null ? "--output" : "--annotate";
        var inputs = DraftDiscovery.Expand(options.Paths, workingDirectory);
        if (inputs is not [{ IsEmptyFolder: false } input] || !WordDraftReader.IsWordPath(input.Path))
        {
            error.WriteLine("reportlint: " + (option == "--annotate"
                ? ToolDiagnostics.Text("Cli_AnnotateNeedsOneWordDraft", culture, inputs.Length)
                : ToolDiagnostics.Text("Cli_FixCopyNeedsOneWordDraft", culture, copyFile, inputs.Length)));
            return InputErrorExitCode;
        }

        var target = Path.GetFullPath(copyFile, workingDirectory);
        if (string.Equals(target, input.Path, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            var suggestion = Path.ChangeExtension(Path.GetFileName(input.Path), (options.Fix ? ".fixed" : ".reviewed") + Path.GetExtension(input.Path));
            error.WriteLine("reportlint: " + ToolDiagnostics.Text("Cli_AnnotateOverInput", culture, option, suggestion));
            return InputErrorExitCode;
        }

        using var copies = new WordFixCopy();
        var report = RunWithProgress(new CheckRunner(Engine, copies.Load, pluginCache, copies.Apply), options);
        if (options.Fix)
        {
            ShowFixes(options, report);
        }

        var exitCode = options.Fix ? ReportWhatIsLeft(options, report) : Report(options, report);
        var display = report.DisplayPath(target);
        if (copies.Current is not { } review)
        {
            error.WriteLine(ToolDiagnostics.Text("Cli_NotAnnotated", report.Culture, display));
            return exitCode;
        }

        if (options.DryRun)
        {
            return exitCode;
        }

        var file = report.Files.Single(f => f.Draft?.Word == review.Text);
        var comments = options.AnnotatedFile is null ? 0 : WordCommentAnnotator.Annotate(review, file.Diagnostics, report.Culture);
        AtomicFile.Write(target, review.WriteTo);
        if (options.Fix)
        {
            error.WriteLine(ToolDiagnostics.Text("Cli_FixedCopy", report.Culture, file.Fix?.FixCount ?? 0, display));
        }

        if (options.AnnotatedFile is not null)
        {
            error.WriteLine(ToolDiagnostics.Text("Cli_Annotated", report.Culture, comments, display));
        }

        return exitCode;
    }

    private int Report(CheckOptions options, RunReport report)
    {
        IReportFormatter formatter = options.Format switch
        {
            OutputFormat.Json => new JsonFormatter(),
            OutputFormat.Sarif => new SarifFormatter(),
            OutputFormat.GitHub => new GitHubFormatter(),
            _ => new TextFormatter(useColor: options.OutputFile is null && isTerminal && Environment.GetEnvironmentVariable("NO_COLOR") is null),
        };

        void Write(TextWriter writer)
        {
            formatter.Write(report, writer);
            if (options.ExplainFigures && options.Format == OutputFormat.Text)
            {
                FigureExplanation.Write(report, writer);
            }
        }

        if (options.OutputFile is null)
        {
            Write(output);
        }
        else
        {
            AtomicFile.Write(Path.GetFullPath(options.OutputFile, workingDirectory), stream =>
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
                Write(writer);
            });
        }

        return ExitCode(options, report);
    }

    /// <summary>2 when an input or a rule could not be checked (each named on the error stream unless the text report shown on the console did), else 1 for findings at or above --fail-on.</summary>
    private int ExitCode(CheckOptions options, RunReport report, bool reportShown = true)
    {
        WriteStackTraces(report);
        if (CheckRunner.HasUncheckedParts(report))
        {
            if (options.Format != OutputFormat.Text || options.OutputFile is not null || !reportShown)
            {
                // Machine formats go to a file or a pipe; the person running the command still
                // needs to see which inputs failed.
                foreach (var failure in report.AllDiagnostics.Where(CheckRunner.LeftUnchecked))
                {
                    error.WriteLine($"{report.DisplayPath(failure.Location.GetLineSpan().Path)}: {failure.Id}: {failure.GetMessage(report.Culture)}");
                }
            }

            return InputErrorExitCode;
        }

        var threshold = LintEngine.ToRoslyn(options.FailOn);
        return report.AllDiagnostics.Any(d => d.Severity >= threshold) ? FindingsExitCode : Success;
    }

    // A progress bar on the terminal's error stream, only when a person is watching.
    private RunReport RunWithProgress(CheckRunner runner, CheckOptions options)
    {
        if (!isTerminal || Console.IsErrorRedirected)
        {
            return runner.Run(options, workingDirectory);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        RunReport? report = null;
        console.Progress().AutoClear(true).HideCompleted(true).Start(context =>
        {
            var task = context.AddTask(ToolDiagnostics.Text("Cli_Checking", CultureInfo.GetCultureInfo(options.Language ?? "vi")));
            report = runner.Run(options, workingDirectory, new Progress<double>(fraction => task.Value = fraction * 100));
        });
        return report!;
    }
}
