import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import type { Diagnostic } from 'vscode-languageclient/node';

export const wordScheme = 'reportlint-word';

interface WordDocumentResult {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * "ReportLint: Check Word document": the server reads the .docx (one paragraph per line) and checks
 * it; the text opens read-only as a virtual document and its findings go to the Problems panel.
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

  async check(file?: vscode.Uri): Promise<void> {
    const docx = file ?? (await pickDocx());
    const client = this.client();
    if (!docx || !client) {
      return;
    }

    let result: WordDocumentResult;
    try {
      result = await client.sendRequest<WordDocumentResult>('reportlint/wordDocument', { uri: docx.toString() });
    } catch (error) {
      void vscode.window.showErrorMessage(`ReportLint: ${docx.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }

    // The path keeps the file's name for the tab, with .txt so the editor shows plain text.
    const virtual = vscode.Uri.from({ scheme: wordScheme, path: `${docx.path}.txt` });
    this.texts.set(virtual.toString(), result.text);
    this.changed.fire(virtual);
    this.diagnostics.set(virtual, await client.protocol2CodeConverter.asDiagnostics(result.diagnostics));
    await vscode.window.showTextDocument(virtual, { preview: false });
  }

  dispose(): void {
    this.changed.dispose();
    this.diagnostics.dispose();
  }
}

async function pickDocx(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { 'Word document': ['docx'] },
    openLabel: 'Check',
  });
  return picked?.[0];
}
