import * as vscode from 'vscode';
import { ActiveDraft, StatusModel } from './status';

const source = 'reportlint';
export const draftLanguages = ['markdown', 'plaintext'];
export const explainCommand = 'reportlint.explainStatus';

/**
 * The status bar item: draws StatusModel for the active editor and redraws on every change of the
 * server's state, of the diagnostics or of the active editor.
 */
export class FindingsStatus implements vscode.Disposable {
  readonly model = new StatusModel();
  private readonly item = vscode.window.createStatusBarItem('reportlint.status', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'ReportLint';
    this.subscriptions = [
      this.item,
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const view = this.model.view(activeDraft(), (message, ...args) => vscode.l10n.t(message, ...args));
    if (!view) {
      this.item.hide();
      return;
    }

    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.command = view.click === 'explain' ? explainCommand : 'workbench.actions.view.problems';
    this.item.show();
  }

  /** Whether the draft in the active editor (if any) has its result. */
  settled(): boolean {
    return this.model.settled(activeDraft()?.uri);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function activeDraft(): ActiveDraft | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !draftLanguages.includes(document.languageId) || !['file', 'untitled'].includes(document.uri.scheme)) {
    return undefined;
  }

  const problems = vscode.languages.getDiagnostics(document.uri).filter(d => d.source === source).length;
  return { uri: document.uri.toString(), problems };
}
