import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { errorText, readDraft } from './drafts';

const draftGlob = '**/*.{md,markdown,txt,docx}';
const excluded = '{**/node_modules/**,**/.git/**,**/bin/**,**/obj/**}';
const t = (message: string, ...args: (string | number)[]) => vscode.l10n.t(message, ...args);

/**
 * Every draft of the workspace checked from disk (the command "ReportLint: Check every draft in the
 * workspace", or the setting reportlint.checkWorkspace at start): progress with cancel, findings in
 * the Problems panel, and each draft checked again when it changes on disk. Drafts open in an editor
 * are the language server's own: they are left out here while open.
 */
export class WorkspaceCheck implements vscode.Disposable {
  /** The findings of drafts checked from disk (the Word view puts its drafts' here too). */
  readonly diagnostics = vscode.languages.createDiagnosticCollection('reportlint-files');
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: () => LanguageClient | undefined, private readonly output: vscode.OutputChannel) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument(document => this.diagnostics.delete(document.uri)),
      vscode.workspace.onDidCloseTextDocument(document => {
        if (this.watcher && document.uri.scheme === 'file' && vscode.languages.match({ pattern: draftGlob }, document) > 0) {
          this.schedule(document.uri);
        }
      }),
    );
  }

  /** Checks every draft, with a cancellable progress notification; from then on watches them. */
  async checkAll(): Promise<void> {
    const client = this.client();
    if (!client) {
      void vscode.window.showWarningMessage(t('ReportLint is not running'));
      return;
    }

    this.watch();
    const files = (await vscode.workspace.findFiles(draftGlob, excluded)).filter(file => !isOpen(file) && !file.path.endsWith('.reviewed.docx'));
    files.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    let problems = 0;
    let failed = 0;
    const finished = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('ReportLint: checking the workspace'), cancellable: true },
      async (progress, token) => {
        for (const [index, file] of files.entries()) {
          if (token.isCancellationRequested) {
            return false;
          }
          progress.report({ message: `${index + 1}/${files.length} ${vscode.workspace.asRelativePath(file)}`, increment: 100 / files.length });
          const count = await this.check(client, file, token);
          if (count === undefined) failed++;
          else problems += count;
        }
        return true;
      },
    );

    const summary = finished
      ? files.length === 1 ? t('ReportLint checked 1 draft: {0} problems.', problems) : t('ReportLint checked {0} drafts: {1} problems.', files.length, problems)
      : t('ReportLint: the workspace check was cancelled.');
    const open = t('Show problems');
    const picked = await vscode.window.showInformationMessage(failed > 0 ? `${summary} ${t('{0} could not be read (see the ReportLint log).', failed)}` : summary, open);
    if (picked === open) {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
  }

  /** The number of findings, or undefined when the draft could not be read (said in the log). */
  private async check(client: LanguageClient, file: vscode.Uri, token?: vscode.CancellationToken): Promise<number | undefined> {
    try {
      const result = await readDraft(client, file, undefined, token);
      if (!isOpen(file)) {
        this.diagnostics.set(file, result.diagnostics);
      }
      return result.diagnostics.length;
    } catch (error) {
      if (!token?.isCancellationRequested) {
        this.output.appendLine(`${file.fsPath}: ${errorText(error)}`);
      }
      this.diagnostics.delete(file);
      return undefined;
    }
  }

  private watch(): void {
    if (this.watcher) {
      return;
    }
    this.watcher = vscode.workspace.createFileSystemWatcher(draftGlob);
    this.watcher.onDidCreate(uri => this.schedule(uri));
    this.watcher.onDidChange(uri => this.schedule(uri));
    this.watcher.onDidDelete(uri => this.diagnostics.delete(uri));
  }

  /** Changes on disk come in bursts (a save, a sync): checked half a second after the last one. */
  private schedule(uri: vscode.Uri): void {
    if (isOpen(uri) || /(^|[\\/])(node_modules|\.git|bin|obj)[\\/]/.test(uri.fsPath) || uri.path.endsWith('.reviewed.docx')) {
      return;
    }
    this.pending.add(uri.toString());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), 500);
  }

  private async flush(): Promise<void> {
    const client = this.client();
    const uris = [...this.pending].map(u => vscode.Uri.parse(u));
    this.pending.clear();
    for (const uri of uris) {
      if (client && !isOpen(uri)) {
        await this.check(client, uri);
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watcher?.dispose();
    this.diagnostics.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** Open in a text editor (the language server checks it), as opposed to closed on disk. */
function isOpen(file: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some(d => d.uri.toString() === file.toString());
}
