import * as vscode from 'vscode';

const source = 'reportlint';

/** The number of ReportLint findings in the active editor, kept current as diagnostics change. */
export function createFindingsStatus(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('reportlint.findings', vscode.StatusBarAlignment.Left, 100);
  item.name = 'ReportLint';
  item.command = 'workbench.actions.view.problems';

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !['markdown', 'plaintext'].includes(editor.document.languageId)) {
      item.hide();
      return;
    }

    const count = vscode.languages.getDiagnostics(editor.document.uri).filter(d => d.source === source).length;
    item.text = count === 0 ? '$(check) ReportLint' : `$(warning) ReportLint: ${count}`;
    item.tooltip = count === 0 ? 'ReportLint: no findings' : `ReportLint: ${count} finding${count === 1 ? '' : 's'} in this document`;
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.languages.onDidChangeDiagnostics(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
}
