import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { ServerUnavailable, serverExecutable } from './server';
import { describeProblem, ServerProblem } from './status';
import { explainCommand, FindingsStatus } from './statusBar';
import { WordDraftEditor, wordViewType } from './wordEditor';
import { pickDocx, WordDocuments, wordScheme } from './wordDocuments';
import { WorkspaceCheck } from './workspaceCheck';

let client: LanguageClient | undefined;
let status: FindingsStatus;
let output: vscode.OutputChannel;

const t = (message: string, ...args: (string | number)[]) => vscode.l10n.t(message, ...args);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('ReportLint');
  status = new FindingsStatus();
  const words = new WordDocuments(() => client);
  const workspaceCheck = new WorkspaceCheck(() => client, output);
  const wordEditor = new WordDraftEditor(() => client, docx => words.openAsText(docx), workspaceCheck.diagnostics);
  context.subscriptions.push(
    output,
    status,
    words,
    workspaceCheck,
    vscode.workspace.registerTextDocumentContentProvider(wordScheme, words),
    vscode.window.registerCustomEditorProvider(wordViewType, wordEditor, { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand('reportlint.checkWordDocument', async (file?: vscode.Uri) => {
      const docx = file ?? (await pickDocx());
      if (docx) await vscode.commands.executeCommand('vscode.openWith', docx, wordViewType);
    }),
    vscode.commands.registerCommand('reportlint.annotateWordDocument', async (file?: vscode.Uri) => {
      const docx = file ?? (await pickDocx());
      if (docx) await wordEditor.annotate(docx);
    }),
    vscode.commands.registerCommand('reportlint.checkWorkspace', () => workspaceCheck.checkAll()),
    vscode.commands.registerCommand('reportlint.restartServer', () => restart(context)),
    vscode.commands.registerCommand(explainCommand, () => explain()),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration('reportlint.serverPath')) {
        void restart(context);
      }
    }),
  );

  await start(context);
  // The whole workspace only after the draft in front of the user has its first result.
  if (vscode.workspace.getConfiguration('reportlint').get<boolean>('checkWorkspace') && client) {
    void firstResult().then(() => workspaceCheck.checkAll());
  }
}

/** Resolves when the active draft has been checked once (or at once without one), at the latest after 10 s. */
function firstResult(): Promise<void> {
  return new Promise(resolve => {
    const timeout = setTimeout(done, 10_000);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (status.settled()) done();
    });
    function done() {
      clearTimeout(timeout);
      listener.dispose();
      resolve();
    }
    if (status.settled()) done();
  });
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop();
  await start(context);
}

async function stop(): Promise<void> {
  const stopping = client;
  client = undefined;
  try {
    await stopping?.stop();
  } catch {
    // A server that never ran cannot be stopped.
  }
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  status.model.starting();
  status.update();
  try {
    const executable = await serverExecutable(context);
    client = createClient(executable);
    await client.start();
  } catch (error) {
    const problem: ServerProblem = error instanceof ServerUnavailable
      ? error.problem
      : { kind: 'stopped', detail: error instanceof Error ? error.message : String(error) };
    output.appendLine(describeProblem(problem, t));
    fail(problem);
  }
}

/** The status bar turns to the warning, and the user is told once, with what to do. */
function fail(problem: ServerProblem): void {
  status.model.failed(problem);
  status.update();
  void explain();
}

function createClient(executable: ServerOptions & { command: string }): LanguageClient {
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const restarts: number[] = [];
  let languageClient: LanguageClient;
  const clientOptions: LanguageClientOptions = {
    // Files and unsaved buffers only: the read-only Word views carry their own diagnostics.
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { settings: { reportlint: vscode.workspace.getConfiguration('reportlint') } },
    synchronize: {
      configurationSection: 'reportlint',
      // rules.yml, and the C# files of plugins it may list: the server ignores other C# files.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{rules.yml,*.cs}'),
    },
    // The status bar follows each document: checking from the moment it is sent, checked when its
    // diagnostics come (a cancelled pull leaves it checking: the next pull follows the newer edit).
    middleware: {
      didOpen: (document, next) => {
        status.model.sent(document.uri.toString());
        status.update();
        return next(document);
      },
      didChange: (event, next) => {
        status.model.sent(event.document.uri.toString());
        status.update();
        return next(event);
      },
      didClose: (document, next) => {
        status.model.closed(document.uri.toString());
        return next(document);
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && !token.isCancellationRequested) {
          status.model.diagnosed((document instanceof vscode.Uri ? document : document.uri).toString());
          status.update();
        }
        return report;
      },
      handleDiagnostics: (uri, diagnostics, next) => {
        status.model.diagnosed(uri.toString());
        next(uri, diagnostics);
        status.update();
      },
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      // Restarted up to three times in three minutes, as the client does by default; then the
      // status bar says the server stopped instead of the client's own English message.
      closed: () => {
        const now = Date.now();
        restarts.push(now);
        while (restarts.length > 0 && now - restarts[0] > 180_000) restarts.shift();
        if (restarts.length <= 3) {
          status.model.starting();
          status.update();
          return { action: CloseAction.Restart, handled: true };
        }
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
    initializationFailedHandler: () => false,
  };

  // The id 'reportlint' makes the client honour the setting reportlint.trace.server.
  languageClient = new LanguageClient('reportlint', 'ReportLint', serverOptions, clientOptions);
  languageClient.onDidChangeState(event => {
    if (client !== languageClient) {
      return;
    }
    if (event.newState === State.Running) {
      status.model.running();
    } else if (event.newState === State.Starting) {
      status.model.starting();
    } else if (event.newState === State.Stopped && status.model.server.kind !== 'failed') {
      status.model.failed({ kind: 'stopped', detail: t('see the ReportLint log') });
      void explain();
    }
    status.update();
  });
  return languageClient;
}

/** Says why the server is not running and offers what can be done about it. */
async function explain(): Promise<void> {
  const server = status.model.server;
  if (server.kind !== 'failed') {
    output.show(true);
    return;
  }

  const install = t('Install .NET 10');
  const choose = t('Choose the server');
  const log = t('Open the log');
  const retry = t('Try again');
  const actions = server.problem.kind === 'noDotnet' ? [install, choose, log, retry] : [choose, log, retry];
  const hint = server.problem.kind === 'noDotnet'
    ? t('Install the .NET 10 runtime, or install the ReportLint package made for this computer (it needs no .NET), or set reportlint.serverPath.')
    : t('Reinstall the extension, or set reportlint.serverPath to a ReportLint.VsCodeHost server.');
  const picked = await vscode.window.showWarningMessage(`${describeProblem(server.problem, t)} ${hint}`, ...actions);
  if (picked === install) {
    await vscode.env.openExternal(vscode.Uri.parse('https://dotnet.microsoft.com/download/dotnet/10.0'));
  } else if (picked === choose) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'reportlint.serverPath');
  } else if (picked === log) {
    output.show(true);
  } else if (picked === retry) {
    await vscode.commands.executeCommand('reportlint.restartServer');
  }
}
