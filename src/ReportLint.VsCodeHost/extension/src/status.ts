// What the status bar says, as a state machine with no dependency on VS Code, so that it can be tested
// with node's test runner (test/status.test.mjs). statusBar.ts feeds it events and draws the result.

/** Formats a message: the English text is the key, {0} its first argument (vscode.l10n.t in the extension). */
export type Localize = (message: string, ...args: (string | number)[]) => string;

/** Why the server is not running, with what the user can do about it. */
export type ServerProblem =
  /** The universal package without .NET 10 on the PATH. */
  | { kind: 'noDotnet'; detail: string }
  /** No server at the configured (or bundled) path. */
  | { kind: 'missing'; path: string }
  /** The server could not be started, or stopped and was not restarted. */
  | { kind: 'stopped'; detail: string };

export type ServerState = { kind: 'starting' } | { kind: 'running' } | { kind: 'failed'; problem: ServerProblem };

export interface StatusView {
  text: string;
  tooltip: string;
  /** Drawn in the warning colour. */
  warning: boolean;
  /** What a click does: show the Problems panel, or say why the server is not running and what to do. */
  click: 'problems' | 'explain';
}

/** The document in the active editor, if it is one that ReportLint checks. */
export interface ActiveDraft {
  uri: string;
  /** ReportLint's diagnostics the editor holds for it now. */
  problems: number;
}

export class StatusModel {
  private serverState: ServerState = { kind: 'starting' };
  /** Documents sent to the server (opened or edited) whose latest version has no diagnostics yet. */
  private readonly checking = new Set<string>();
  /** Documents whose diagnostics have come at least once. */
  private readonly checked = new Set<string>();

  get server(): ServerState {
    return this.serverState;
  }

  starting(): void {
    this.serverState = { kind: 'starting' };
    // A new server knows nothing of what the old one checked.
    this.checked.clear();
    this.checking.clear();
  }

  running(): void {
    this.serverState = { kind: 'running' };
  }

  failed(problem: ServerProblem): void {
    this.serverState = { kind: 'failed', problem };
    this.checked.clear();
    this.checking.clear();
  }

  /** The document was opened or changed: its diagnostics are out of date until the next ones come. */
  sent(uri: string): void {
    this.checking.add(uri);
  }

  /** Diagnostics came for the document's latest version (pushed, or a pull that was not cancelled). */
  diagnosed(uri: string): void {
    this.checking.delete(uri);
    this.checked.add(uri);
  }

  closed(uri: string): void {
    this.checking.delete(uri);
    this.checked.delete(uri);
  }

  /** The server has started (or failed) and the document, if any, has its diagnostics for its latest version. */
  settled(uri: string | undefined): boolean {
    if (this.serverState.kind === 'starting') return false;
    if (this.serverState.kind === 'failed' || uri === undefined) return true;
    return this.checked.has(uri) && !this.checking.has(uri);
  }

  /** What to show: undefined hides the item (no draft in the editor and nothing wrong). */
  view(active: ActiveDraft | undefined, t: Localize): StatusView | undefined {
    const server = this.serverState;
    if (server.kind === 'failed') {
      return {
        text: `$(warning) ${t('ReportLint is not running')}`,
        tooltip: `${describeProblem(server.problem, t)}\n${t('Click to see what to do.')}`,
        warning: true,
        click: 'explain',
      };
    }

    if (!active) {
      return undefined;
    }

    if (server.kind === 'starting') {
      return { text: `$(sync~spin) ${t('ReportLint: starting')}`, tooltip: t('The ReportLint server is starting.'), warning: false, click: 'problems' };
    }

    if (this.checking.has(active.uri) || !this.checked.has(active.uri)) {
      return { text: `$(sync~spin) ${t('ReportLint: checking')}`, tooltip: t('ReportLint is checking this document.'), warning: false, click: 'problems' };
    }

    if (active.problems === 0) {
      return { text: `$(check) ${t('ReportLint: no problems')}`, tooltip: t('ReportLint found nothing in this document.'), warning: false, click: 'problems' };
    }

    const text = active.problems === 1 ? t('ReportLint: 1 problem') : t('ReportLint: {0} problems', active.problems);
    return { text: `$(warning) ${text}`, tooltip: t('Show them in the Problems panel.'), warning: false, click: 'problems' };
  }
}

/** One sentence on why the server is not running. */
export function describeProblem(problem: ServerProblem, t: Localize): string {
  switch (problem.kind) {
    case 'noDotnet':
      return t('ReportLint needs .NET 10, which was not found ({0}).', problem.detail);
    case 'missing':
      return t('The ReportLint server is not at {0}.', problem.path);
    case 'stopped':
      return t('The ReportLint server stopped: {0}', problem.detail);
  }
}
