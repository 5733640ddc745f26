// Measures the language server, not a test: the time from a didChange to the publishDiagnostics of
// that version on a ~300 KB Markdown draft (p50, p95), and the server's memory after 10,000 edits.
//
//   node test/measure-lsp.mjs --server <ReportLint.VsCodeHost.dll> --seeds <folder> [--size 300000]
//        [--samples 300] [--edits 10000] [--debounce 0]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { lineStarts, positionAt } from './lspText.mjs';

const options = { size: '300000', samples: '300', edits: '10000', debounce: '0' };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) options[args[i].replace(/^--/, '')] = args[i + 1];

// The seeds, repeated as sections of one long report until it reaches the size asked for.
const seeds = fs.readdirSync(options.seeds).filter(f => f.endsWith('.txt')).sort().map(f => fs.readFileSync(path.join(options.seeds, f), 'utf8'));
let text = '';
for (let i = 0; text.length < Number(options.size); i++) {
  text += `## Phần ${i + 1}\n\n${seeds[i % seeds.length]}\n\n`;
}

const server = spawn('dotnet', [options.server], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const uri = 'untitled:measure.md';
const arrivals = new Map();
const waiters = new Map();
connection.onNotification('textDocument/publishDiagnostics', params => {
  arrivals.set(params.version, { at: performance.now(), count: params.diagnostics.length });
  waiters.get(params.version)?.();
});
connection.listen();

await connection.sendRequest('initialize', { processId: process.pid, capabilities: {}, initializationOptions: { debounceMilliseconds: Number(options.debounce) } });
await connection.sendNotification('initialized', {});

let version = 1;
const opened = performance.now();
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
const first = await published(version);
console.log(`draft: ${(Buffer.byteLength(text, 'utf8') / 1024).toFixed(0)} KB UTF-8, ${text.length} UTF-16 units, ${lineStarts(text).length} lines, ${first.count} findings`);
console.log(`first check after didOpen (JIT cold): ${(first.at - opened).toFixed(1)} ms`);

// Latency: one typed character (or a repeated word the rules catch) at a time, each waited for.
const latencies = [];
for (let i = 0; i < Number(options.samples); i++) {
  const sent = performance.now();
  await edit(i % 10 === 0 ? 'các các ' : 'a');
  latencies.push((await published(version)).at - sent);
}
latencies.sort((a, b) => a - b);
const percentile = p => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
console.log(`didChange -> publishDiagnostics over ${latencies.length} edits (debounce ${options.debounce} ms): p50 ${percentile(0.5).toFixed(1)} ms, p95 ${percentile(0.95).toFixed(1)} ms, max ${latencies.at(-1).toFixed(1)} ms`);

// Memory: 10,000 edits as fast as the client can send them (typing, deleting, pasting), then the
// last version's check, then the server's resident memory.
const burstStarted = performance.now();
for (let i = 0; i < Number(options.edits); i++) {
  await edit(i % 3 === 2 ? '' : 'Tổng các ', i % 3 === 2 ? 9 : 0);
}
await published(version);
console.log(`${options.edits} edits sent and the last one checked in ${((performance.now() - burstStarted) / 1000).toFixed(1)} s`);
console.log(`server memory after them: ${residentMegabytes(server.pid)} MB resident (VmRSS), peak ${residentMegabytes(server.pid, 'VmHWM')} MB`);

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');

async function edit(inserted, deleted = 0) {
  // Edits land in the middle of the draft, where a real editor's typing usually is.
  const offset = Math.floor(text.length / 2);
  const starts = lineStarts(text);
  const range = { start: positionAt(starts, offset), end: positionAt(starts, offset + deleted) };
  text = text.slice(0, offset) + inserted + text.slice(offset + deleted);
  version++;
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: inserted }] });
}

function published(v) {
  if (arrivals.has(v)) return Promise.resolve(arrivals.get(v));
  return new Promise(resolve => waiters.set(v, () => { waiters.delete(v); resolve(arrivals.get(v)); }));
}

function residentMegabytes(pid, field = 'VmRSS') {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)[1]);
  return (kilobytes / 1024).toFixed(0);
}
