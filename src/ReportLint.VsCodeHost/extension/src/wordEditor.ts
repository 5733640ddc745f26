import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { annotatedCopyOf, errorText, readDraft } from './drafts';
import { escapeHtml, Finding, renderParagraphs } from './wordHtml';

export const wordViewType = 'reportlint.wordDraft';

const t = (message: string, ...args: (string | number)[]) => vscode.l10n.t(message, ...args);

/**
 * Opening a .docx shows its paragraphs with the findings marked (instead of VS Code's binary-file
 * page), read-only, with buttons to write an annotated copy beside it, to check again and to open
 * the text in an editor. The findings also go to the Problems panel under the .docx itself.
 */
export class WordDraftEditor implements vscode.CustomReadonlyEditorProvider {
  /** `diagnostics`: the collection of drafts checked from disk, shared with the workspace check so a draft is listed once. */
  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly openAsText: (docx: vscode.Uri) => Promise<void>,
    private readonly diagnostics: vscode.DiagnosticCollection,
  ) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    const docx = document.uri;
    panel.webview.options = { enableScripts: true, enableCommandUris: false };
    panel.webview.onDidReceiveMessage(async (message: { command: string }) => {
      if (message.command === 'annotate') {
        await this.annotate(docx);
      } else if (message.command === 'refresh') {
        await this.show(docx, panel);
      } else if (message.command === 'text') {
        await this.openAsText(docx);
      }
    });
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(docx.fsPath)), path.basename(docx.fsPath)));
    watcher.onDidChange(() => void this.show(docx, panel));
    panel.onDidDispose(() => watcher.dispose());
    await this.show(docx, panel);
  }

  /** Writes the annotated copy beside the draft and says where. */
  async annotate(docx: vscode.Uri): Promise<void> {
    const client = this.client();
    if (!client) {
      void vscode.window.showWarningMessage(t('ReportLint is not running'));
      return;
    }

    const copy = annotatedCopyOf(docx);
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: t('Writing {0}…', path.basename(copy.fsPath)) },
        () => readDraft(client, docx, copy),
      );
      const reveal = t('Show in folder');
      const picked = await vscode.window.showInformationMessage(t('Wrote {0} with {1} comments.', path.basename(copy.fsPath), result.comments ?? 0), reveal);
      if (picked === reveal) {
        await vscode.commands.executeCommand('revealFileInOS', copy);
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`ReportLint: ${copy.fsPath}: ${errorText(error)}`);
    }
  }

  private async show(docx: vscode.Uri, panel: vscode.WebviewPanel): Promise<void> {
    const name = path.basename(docx.fsPath);
    const client = this.client();
    if (!client) {
      panel.webview.html = page(panel.webview, name, `<p class="notice">${escapeHtml(t('ReportLint is not running'))}. ${escapeHtml(t('Click the status bar item to see why.'))}</p>`, false);
      return;
    }

    panel.webview.html = page(panel.webview, name, `<p class="notice">${escapeHtml(t('ReportLint: checking'))}…</p>`, false);
    try {
      const result = await readDraft(client, docx);
      this.diagnostics.set(docx, result.diagnostics);
      const findings: Finding[] = result.diagnostics.map(d => ({
        startLine: d.range.start.line,
        startCharacter: d.range.start.character,
        endLine: d.range.end.line,
        endCharacter: d.range.end.character,
        severity: d.severity,
        code: typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''),
        message: d.message,
      }));
      const summary = result.diagnostics.length === 0 ? t('ReportLint: no problems') : result.diagnostics.length === 1 ? t('ReportLint: 1 problem') : t('ReportLint: {0} problems', result.diagnostics.length);
      panel.webview.html = page(panel.webview, name, `<p class="summary">${escapeHtml(summary)}</p>\n<article>${renderParagraphs(result.text, findings)}</article>`, true);
    } catch (error) {
      panel.webview.html = page(panel.webview, name, `<p class="notice">${escapeHtml(`${name}: ${errorText(error)}`)}</p>`, false);
    }
  }
}

function page(webview: vscode.Webview, name: string, body: string, checked: boolean): string {
  const nonce = [...Array(24)].map(() => Math.floor(Math.random() * 36).toString(36)).join('');
  const button = (command: string, label: string) => `<button data-command="${command}">${escapeHtml(label)}</button>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
  body { font-family: var(--vscode-editor-font-family, serif); font-size: var(--vscode-editor-font-size); line-height: 1.6; padding: 0 2em 2em; max-width: 60em; }
  header { position: sticky; top: 0; background: var(--vscode-editor-background); padding: .6em 0; border-bottom: 1px solid var(--vscode-panel-border); display: flex; gap: .5em; align-items: center; flex-wrap: wrap; }
  header h1 { font-size: 1.1em; margin: 0 1em 0 0; }
  button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: .3em .8em; cursor: pointer; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button.secondary { background: var(--vscode-button-secondaryBackground); color: var(--vscode-button-secondaryForeground); }
  p { margin: 0 0 .7em; white-space: pre-wrap; }
  mark { background: none; color: inherit; text-decoration: underline wavy; text-underline-offset: 3px; cursor: help; }
  mark.error { text-decoration-color: var(--vscode-editorError-foreground, red); }
  mark.warning { text-decoration-color: var(--vscode-editorWarning-foreground, orange); }
  mark.info { text-decoration-color: var(--vscode-editorInfo-foreground, blue); }
  .summary { font-weight: bold; }
  .notice { color: var(--vscode-editorWarning-foreground); }
</style>
</head>
<body>
<header><h1>${escapeHtml(name)}</h1>${checked ? button('annotate', t('Write an annotated copy')) : ''}${button('refresh', t('Check again'))}${checked ? button('text', t('Open as text')).replace('<button', '<button class="secondary"') : ''}</header>
${body}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const button of document.querySelectorAll('button[data-command]')) {
    button.addEventListener('click', () => vscode.postMessage({ command: button.dataset.command }));
  }
</script>
</body>
</html>`;
}
