using NetArchTest.Rules;

namespace ReportLint.VsCodeHost.Tests;

/// <summary>The language server sits on the engine, as the command line does: it uses nothing of the command line or its reports.</summary>
public sealed class ServerSeamTests
{
    [Fact]
    public void The_server_uses_nothing_of_the_command_line()
    {
        var result = Types.InAssembly(typeof(ReportLintHost).Assembly)
            .Should().NotHaveDependencyOnAny("ReportLint.Cli", "ReportLint.Reporting").GetResult();

        Assert.True(result.IsSuccessful, $"Uses the command line: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
