using System.Text;
using ReportLint.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return new ReportLintCli(Console.Out, Console.Error, Directory.GetCurrentDirectory(), isTerminal: !Console.IsOutputRedirected).Run(args);
