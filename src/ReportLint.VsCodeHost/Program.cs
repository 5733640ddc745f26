using System.IO.Pipelines;
using System.Reflection;
using ReportLint.VsCodeHost;
using ReportLint.VsCodeHost.Protocol;
using ReportLint.VsCodeHost.Protocol.Types;

// stdout carries the protocol: take it for the connection, then point Console.Out at stderr so a
// stray Console.WriteLine anywhere in the process cannot corrupt a frame.
var output = PipeWriter.Create(Console.OpenStandardOutput());
var input = PipeReader.Create(Console.OpenStandardInput());
Console.SetOut(Console.Error);

var log = new ServerLog(Console.Error);
var connection = new JsonRpcConnection(input, output, log);
var version = typeof(LanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
var server = new LanguageServer(connection, log, ReportLintHost.Capabilities, new ServerInfo("reportlint") { Version = version });
var host = ReportLintHost.Attach(server, log);
_ = host.WarmUpAsync();
return await server.RunAsync();
