using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using ReportLint.VsCodeHost.Protocol;

namespace ReportLint.VsCodeHost.Tests;

public sealed class ServerProcessTests
{
    [Fact]
    public async Task BuiltServerAnswersInitializeAndShutdownOverStdio()
    {
        // The project reference copies the server and its runtimeconfig next to the test assembly.
        var serverPath = Path.Combine(AppContext.BaseDirectory, "ReportLint.VsCodeHost.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [serverPath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        var client = new LspTestClient(
            PipeReader.Create(process.StandardOutput.BaseStream),
            PipeWriter.Create(process.StandardInput.BaseStream));

        try
        {
            var initialize = await client.InitializeAsync(new { general = new { positionEncodings = new[] { "utf-8" } } });
            await client.NotifyAsync(LspMethods.Initialized, new { });
            var shutdown = await client.RequestAsync(1, LspMethods.Shutdown);
            await client.NotifyAsync(LspMethods.Exit);

            Assert.Equal("utf-8", initialize.GetProperty("result").GetProperty("capabilities").GetProperty("positionEncoding").GetString());
            Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
            Assert.Null(await client.TryReceiveAsync());
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("reportlint", await stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }
}
