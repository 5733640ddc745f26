import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { readDraft, errorText } from './drafts';

export const wordScheme = 'reportlint-word';

/**
 * A Word draft as plain text (one paragraph per line), read-only, with its findings: opened from the
 * Word view's "Open as text" and by the command "ReportLint: Check Word document" with the text editor.
 */
export class WordDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('reportlint-word');

  readonly onDidChange = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  async openAsText(docx: vscode.Uri): Promise<void> {
    const client = this.client();
    if (!client) {
      void vscode.window.showWarningMessage(vscode.l10n.t('ReportLint is not running'));
      return;
    }

    let result;
    try {
      result = await readDraft(client, docx);
    } catch (error) {
      void vscode.window.showErrorMessage(`ReportLint: ${docx.fsPath}: ${errorText(error)}`);
      return;
    }

    // The path keeps the file's name for the tab, with .txt so the editor shows plain text.
    const virtual = vscode.Uri.from({ scheme: wordScheme, path: `${docx.path}.txt` });
    this.texts.set(virtual.toString(), result.text);
    this.changed.fire(virtual);
    this.diagnostics.set(virtual, result.diagnostics);
    await vscode.window.showTextDocument(virtual, { preview: false });
  }

  dispose(): void {
    this.changed.dispose();
    this.diagnostics.dispose();
  }
}

export async function pickDocx(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [vscode.l10n.t('Word document')]: ['docx'] },
    openLabel: vscode.l10n.t('Check'),
  });
  return picked?.[0];
}
