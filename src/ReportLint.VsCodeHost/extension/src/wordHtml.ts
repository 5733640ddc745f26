// The body of the Word view: the draft's paragraphs with each finding marked where it stands. Pure
// (no VS Code), so that test/wordHtml.test.mjs can check it.

export interface Finding {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  /** 0 error, 1 warning, 2 information, 3 hint (vscode.DiagnosticSeverity). */
  severity: number;
  code: string;
  message: string;
}

const severityClass = ['error', 'warning', 'info', 'info'];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One <p> per paragraph (line); the text a finding covers is a <mark> titled with its messages, the most severe colouring it. */
export function renderParagraphs(text: string, findings: Finding[]): string {
  const lines = text.split(/\r\n|\r|\n/);
  const html: string[] = [];
  lines.forEach((line, index) => {
    // The findings on this line, as character ranges within it (a finding over several lines covers each to its end).
    const ranges = findings
      .filter(f => f.startLine <= index && index <= f.endLine)
      .map(f => ({
        start: f.startLine === index ? Math.min(f.startCharacter, line.length) : 0,
        end: f.endLine === index ? Math.min(f.endCharacter, line.length) : line.length,
        finding: f,
      }));
    const cuts = new Set<number>([0, line.length]);
    for (const r of ranges) {
      cuts.add(r.start);
      cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    let body = '';
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const covering = ranges.filter(r => r.start <= from && to <= r.end && r.start < r.end).map(r => r.finding);
      const piece = escapeHtml(line.slice(from, to));
      body += covering.length === 0 ? piece : mark(piece, covering);
    }
    // A finding of no width (a missing word, a place) is a thin marker where it stands.
    for (const r of ranges.filter(r => r.start === r.end)) {
      body += mark('\u2060', [r.finding]);
    }
    html.push(`<p data-line="${index}">${body || '&nbsp;'}</p>`);
  });
  return html.join('\n');
}

function mark(inner: string, covering: Finding[]): string {
  const worst = Math.min(...covering.map(f => f.severity));
  const title = covering.map(f => `${f.code}: ${f.message}`).join('\n');
  return `<mark class="${severityClass[worst] ?? 'info'}" title="${escapeHtml(title)}">${inner}</mark>`;
}
