import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { serverExecutable } from './server';
import { createFindingsStatus } from './statusBar';
import { WordDocuments, wordScheme } from './wordDocuments';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('ReportLint');
  const words = new WordDocuments(() => client);
  context.subscriptions.push(
    output,
    words,
    createFindingsStatus(),
    vscode.workspace.registerTextDocumentContentProvider(wordScheme, words),
    vscode.commands.registerCommand('reportlint.checkWordDocument', (file?: vscode.Uri) => words.check(file)),
    vscode.commands.registerCommand('reportlint.restartServer', async () => {
      await client?.stop();
      client = await startClient(context, output);
    }),
  );

  client = await startClient(context, output);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function startClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): Promise<LanguageClient | undefined> {
  let executable;
  try {
    executable = serverExecutable(context);
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return undefined;
  }

  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const clientOptions: LanguageClientOptions = {
    // Files and unsaved buffers only: the read-only Word views carry their own diagnostics.
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    outputChannel: output,
    initializationOptions: { settings: { reportlint: vscode.workspace.getConfiguration('reportlint') } },
    synchronize: {
      configurationSection: 'reportlint',
      // rules.yml, and the C# files of plugins it may list: the server ignores other C# files.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{rules.yml,*.cs}'),
    },
  };

  // The id 'reportlint' makes the client honour the setting reportlint.trace.server.
  const languageClient = new LanguageClient('reportlint', 'ReportLint', serverOptions, clientOptions);
  await languageClient.start();
  return languageClient;
}
