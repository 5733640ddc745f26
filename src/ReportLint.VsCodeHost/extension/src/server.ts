import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Executable } from 'vscode-languageclient/node';
import type { ServerProblem } from './status';

/** The server could not be found or cannot run here; the status bar says why. */
export class ServerUnavailable extends Error {
  constructor(readonly problem: ServerProblem) {
    super(problem.kind);
  }
}

const executableName = process.platform === 'win32' ? 'ReportLint.VsCodeHost.exe' : 'ReportLint.VsCodeHost';

/**
 * How to start the server:
 * - the setting `reportlint.serverPath` when given (a .dll runs with `dotnet`, anything else as it is);
 * - else the self-contained server of a platform package (`server/ReportLint.VsCodeHost[.exe]`), which
 *   needs nothing installed;
 * - else the framework-dependent server of the universal package (`server/ReportLint.VsCodeHost.dll`),
 *   run with `dotnet` from the PATH, which must have the .NET 10 runtime.
 */
export async function serverExecutable(context: vscode.ExtensionContext): Promise<Executable> {
  const configured = vscode.workspace.getConfiguration('reportlint').get<string>('serverPath')?.trim();
  const bundled = context.asAbsolutePath(path.join('server', executableName));
  const serverPath = configured ? configured : fs.existsSync(bundled) ? bundled : context.asAbsolutePath(path.join('server', 'ReportLint.VsCodeHost.dll'));
  if (!fs.existsSync(serverPath)) {
    throw new ServerUnavailable({ kind: 'missing', path: serverPath });
  }

  if (serverPath.toLowerCase().endsWith('.dll')) {
    await requireDotnet10();
    return { command: 'dotnet', args: [serverPath] };
  }

  makeExecutable(serverPath);
  return { command: serverPath, args: [] };
}

/** Throws ServerUnavailable unless `dotnet` on the PATH has the Microsoft.NETCore.App 10 runtime. */
async function requireDotnet10(): Promise<void> {
  const runtimes = await new Promise<string>((resolve, reject) => {
    execFile('dotnet', ['--list-runtimes'], { timeout: 15_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  }).catch((error: NodeJS.ErrnoException) => {
    throw new ServerUnavailable({
      kind: 'noDotnet',
      detail: error.code === 'ENOENT' ? vscode.l10n.t('dotnet is not on the PATH') : `dotnet --list-runtimes: ${error.message}`,
    });
  });

  if (!/^Microsoft\.NETCore\.App 10\./m.test(runtimes)) {
    const found = [...runtimes.matchAll(/^Microsoft\.NETCore\.App (\S+)/gm)].map(m => m[1]);
    throw new ServerUnavailable({
      kind: 'noDotnet',
      detail: found.length > 0 ? vscode.l10n.t('dotnet has only {0}', found.join(', ')) : vscode.l10n.t('dotnet has no runtime'),
    });
  }
}

/** A .vsix may lose the executable bit on the way (some unzip paths do): give it back to the owner. */
function makeExecutable(file: string): void {
  if (process.platform === 'win32') {
    return;
  }

  try {
    const mode = fs.statSync(file).mode;
    if ((mode & 0o100) === 0) {
      fs.chmodSync(file, mode | 0o755);
    }
  } catch {
    // Starting it will say what is wrong.
  }
}
