namespace ReportLint.VsCodeHost.Tests;
