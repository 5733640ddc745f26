import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Executable } from 'vscode-languageclient/node';

/**
 * How to start the server: the setting `reportlint.serverPath` when given (a .dll runs with
 * `dotnet`, anything else runs as it is), otherwise the framework-dependent server published
 * into the extension's `server/` folder.
 */
export function serverExecutable(context: vscode.ExtensionContext): Executable {
  const configured = vscode.workspace.getConfiguration('reportlint').get<string>('serverPath')?.trim();
  const serverPath = configured ? configured : context.asAbsolutePath(path.join('server', 'ReportLint.VsCodeHost.dll'));
  if (!fs.existsSync(serverPath)) {
    throw new Error(`ReportLint: the language server is not at ${serverPath}. Check the setting reportlint.serverPath.`);
  }

  return serverPath.toLowerCase().endsWith('.dll')
    ? { command: 'dotnet', args: [serverPath] }
    : { command: serverPath, args: [] };
}
