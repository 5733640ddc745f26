// The real-client test: drives the built language server through vscode-languageserver-protocol,
// the library VS Code's own client is built on. It opens a seed as a Markdown document, applies a
// seeded random sequence of incremental edits (Vietnamese text, NFD marks, emoji, deletions,
// multi-line ranges) and after each burst checks that the diagnostics the server published for the
// last version equal those of a fresh `reportlint check --format json` of the same text. Given a
// plugin (a rule of one's own in C#), it then lists it in a rules.yml and shows the plugin's
// finding, a compile error on the plugin file once the plugin is broken, and the finding again once
// it is repaired, each change told to the server as a watched-file event.
//
//   node test/real-client.mjs --server <ReportLint.VsCodeHost.dll> --cli <ReportLint.dll> --seed <file>
//        [--plugin <file.cs>] [--edits 1200] [--burst 40] [--random-seed 20261122]
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { lineStarts, positionAt, snapOffset } from './lspText.mjs';

const options = parseArguments(process.argv.slice(2), { edits: '1200', burst: '40', 'random-seed': '20261122' });
for (const required of ['server', 'cli', 'seed']) {
  if (!options[required]) {
    console.error(`missing --${required}`);
    process.exit(2);
  }
}

const random = mulberry32(Number(options['random-seed']));
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-real-client-'));
const documentUri = pathToFileURL(path.join(folder, 'draft.md')).href;
const checkedFile = path.join(folder, 'check.md');

// Pieces of text an editor types: Vietnamese in NFC and NFD, repeated words the rules catch,
// emoji (surrogate pairs), Markdown structure and line breaks of every kind.
const insertions = [
  'các các ', 'Tổng ', 'ca\u0301c ca\u0301c ', 'đồng chí ', 'huyện ủy ', 'Ủy ban nhân dân ', 'hoà ', 'hòa ',
  'tăng 12,5% ', '1.250 tỷ đồng ', '😀 ', '📊', '\n', '\n\n', '\r\n', '\n- mục một\n- mục hai\n', '\n## Kết quả\n',
  'người người ', 'năm năm ', 'đạt đạt ', '`mã các các` ', '<!-- reportlint-disable-next-line RL2001 -->\n',
  'Tô\u0302\u0309ng ', 'nhà nhà ', ' ', '.', ', ', 'https://example.vn/các-các ',
];

// Plugins are compiled into a cache of this run's own, not the user's.
const server = spawn('dotnet', [options.server], {
  stdio: ['pipe', 'pipe', 'pipe'],
  env: { ...process.env, REPORTLINT_CACHE: path.join(folder, 'plugin-cache') },
});
let serverLog = '';
server.stderr.on('data', chunk => { serverLog += chunk; });
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));

const published = new Map();
let lastPublishedVersion = 0;
let staleFailures = 0;
const waiters = [];
// The latest diagnostics of every other file (the plugin's draft, the plugin itself).
const latestOf = new Map();
connection.onNotification('textDocument/publishDiagnostics', params => {
  if (params.uri !== documentUri) {
    latestOf.set(params.uri, params.diagnostics);
    for (const waiter of [...waiters]) waiter();
    return;
  }
  if (params.version < lastPublishedVersion) {
    staleFailures++;
    console.log(`FAIL stale publish: version ${params.version} after ${lastPublishedVersion}`);
  }
  lastPublishedVersion = Math.max(lastPublishedVersion, params.version);
  published.set(params.version, params.diagnostics);
  for (const waiter of [...waiters]) waiter();
});
connection.listen();

let passed = 0;
let failed = 0;
try {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    capabilities: {},
    initializationOptions: { debounceMilliseconds: 20 },
  });
  await connection.sendNotification('initialized', {});

  let text = fs.readFileSync(options.seed, 'utf8');
  let version = 1;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: documentUri, languageId: 'markdown', version, text } });
  check('open', text, await publishedFor(version), version);

  const total = Number(options.edits);
  const burstSize = Number(options.burst);
  let applied = 0;
  for (let burst = 1; applied < total; burst++) {
    const inBurst = Math.min(burstSize, total - applied);
    let sent = 0;
    while (sent < inBurst) {
      // Sometimes several changes in one notification, each relative to the text before it.
      const batch = Math.min(inBurst - sent, random() < 0.15 ? 2 + Math.floor(random() * 3) : 1);
      const contentChanges = [];
      for (let i = 0; i < batch; i++) {
        const edit = randomEdit(text);
        contentChanges.push(edit.change);
        text = edit.text;
      }
      version++;
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri: documentUri, version }, contentChanges });
      sent += batch;
    }
    applied += inBurst;
    check(`burst ${burst} (${applied} edits, ${text.length} chars)`, text, await publishedFor(version), version);
  }

  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: documentUri } });
  if (options.plugin) {
    await checkPlugin(options.plugin);
  }

  await connection.sendRequest('shutdown');
  const exitCode = new Promise(resolve => server.on('exit', resolve));
  await connection.sendNotification('exit');
  const code = await exitCode;
  record('shutdown and exit with code 0', code === 0, `exit code ${code}`);
  record('no stale publish', staleFailures === 0, `${staleFailures} stale`);
} catch (error) {
  record('run', false, error.stack ?? String(error));
  server.kill();
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function record(name, ok, detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${name}: ${detail}`);
    if (serverLog) console.log(`server stderr:\n${serverLog.slice(-4000)}`);
  }
}

function check(name, text, diagnostics, version) {
  const expected = cliDiagnostics(text);
  const actual = diagnostics.map(d => describe(d.range, d.code, d.severity, d.message)).sort();
  const same = expected.length === actual.length && expected.every((line, i) => line === actual[i]);
  if (same) {
    console.log(`ok   ${name}: version ${version}, ${actual.length} diagnostics equal to reportlint check`);
  }
  record(name, same, `server published\n  ${actual.join('\n  ')}\nreportlint check found\n  ${expected.join('\n  ')}`);
}

/** The diagnostics of `reportlint check --format json`, positioned the LSP way from their offsets. */
function cliDiagnostics(text) {
  fs.writeFileSync(checkedFile, text, 'utf8');
  const run = spawnSync('dotnet', [options.cli, 'check', path.basename(checkedFile), '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`reportlint check exited with ${run.status}: ${run.stderr}`);
  }
  const starts = lineStarts(text);
  const severities = { error: 1, warning: 2, info: 3 };
  return JSON.parse(run.stdout).files[0].diagnostics
    .map(d => describe(
      { start: positionAt(starts, d.offset), end: positionAt(starts, d.offset + d.length) },
      d.id,
      severities[d.severity],
      d.message))
    .sort();
}

function describe(range, code, severity, message) {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${code} ${severity} ${message}`;
}

/**
 * A plugin listed in rules.yml beside a draft that has its marker: its finding, then a compile
 * error on the plugin file at the compiler's line and column once a line that does not compile
 * is added, then its finding again once the plugin is as it was.
 */
async function checkPlugin(pluginSource) {
  const pluginFolder = path.join(folder, 'with-plugin');
  const pluginFile = path.join(pluginFolder, 'rules', path.basename(pluginSource));
  const pluginUri = pathToFileURL(pluginFile).href;
  const draftUri = pathToFileURL(path.join(pluginFolder, 'draft.md')).href;
  const original = fs.readFileSync(pluginSource, 'utf8');
  fs.mkdirSync(path.dirname(pluginFile), { recursive: true });
  fs.writeFileSync(pluginFile, original);
  fs.writeFileSync(path.join(pluginFolder, 'rules.yml'), `plugins:\n  - rules/${path.basename(pluginFile)}\n`);

  const codes = diagnostics => diagnostics.map(d => d.code);
  const findsMarker = diagnostics => codes(diagnostics).includes('NR1001');
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: 'Đoạn này TODO bổ sung số liệu.\n' },
  });
  const found = await latestWhere(draftUri, findsMarker, 'the plugin\'s finding NR1001 on the draft');
  const marker = found.find(d => d.code === 'NR1001');
  recordPlugin('plugin finding', `NR1001 at ${marker.range.start.line}:${marker.range.start.character} “${marker.message}”`);

  // A field whose initializer is missing, on the line after the class's opening brace: the
  // compiler stops at the semicolon.
  const lines = original.split('\n');
  const brace = lines.findIndex(line => line.startsWith('{'));
  const brokenLine = '    private static readonly int Broken = ;';
  lines.splice(brace + 1, 0, brokenLine);
  const expected = { line: brace + 1, character: brokenLine.indexOf(';') };
  await changePlugin(pluginFile, pluginUri, lines.join('\n'));
  const errors = await latestWhere(pluginUri, diagnostics => diagnostics.length > 0, 'a compile error on the plugin file');
  const error = errors[0];
  const at = error.range.start;
  const where = `${at.line}:${at.character}`;
  record(
    'compile error at the compiler\'s line and column',
    error.code === 'RL9006' && at.line === expected.line && at.character === expected.character,
    `got ${error.code} at ${where}, expected RL9006 at ${expected.line}:${expected.character}`);
  const notChecked = await latestWhere(draftUri, diagnostics => codes(diagnostics).includes('RL9006'), 'RL9006 on the draft the plugin governs');
  recordPlugin('plugin broken', `${error.code} on ${path.basename(pluginFile)} at ${where} “${error.message}”; draft: ${codes(notChecked).join(', ')}`);

  await changePlugin(pluginFile, pluginUri, original);
  await latestWhere(pluginUri, diagnostics => diagnostics.length === 0, 'the compile error withdrawn');
  const again = await latestWhere(draftUri, findsMarker, 'the plugin\'s finding again after the repair');
  recordPlugin('plugin repaired', `compile error withdrawn; draft: ${codes(again).join(', ')}`);
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri: draftUri } });
}

async function changePlugin(file, uri, text) {
  fs.writeFileSync(file, text);
  await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
}

function recordPlugin(name, detail) {
  console.log(`ok   ${name}: ${detail}`);
  record(name, true, detail);
}

/** Waits until the latest diagnostics published for a file other than the edited one satisfy `accept`. */
function latestWhere(uri, accept, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: not published within 60 s (last: ${JSON.stringify(latestOf.get(uri))})`)), 60_000);
    const waiter = () => {
      const diagnostics = latestOf.get(uri);
      if (!diagnostics || !accept(diagnostics)) return;
      clearTimeout(timer);
      waiters.splice(waiters.indexOf(waiter), 1);
      resolve(diagnostics);
    };
    waiters.push(waiter);
    waiter();
  });
}

/** Waits for the diagnostics of exactly this version: older checks are cancelled, so it is the one that comes. */
function publishedFor(version) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within 30 s`)), 30_000);
    const waiter = () => {
      if (!published.has(version)) return;
      clearTimeout(timer);
      waiters.splice(waiters.indexOf(waiter), 1);
      resolve(published.get(version));
    };
    waiters.push(waiter);
    waiter();
  });
}

/** One random edit: an insertion, a deletion (sometimes across many lines) or a replacement. */
function randomEdit(text) {
  const starts = lineStarts(text);
  // Mostly typing; the draft stays between about 2,000 and 12,000 characters.
  const kind = text.length < 2_000 ? 0 : text.length > 12_000 ? 0.7 : random();
  const start = snapOffset(text, Math.floor(random() * (text.length + 1)));
  let end = start;
  let inserted = '';
  if (kind < 0.6) {
    inserted = pick(insertions);
  } else {
    const length = random() < 0.15 ? Math.floor(random() * 300) : 1 + Math.floor(random() * 12);
    end = snapOffset(text, Math.min(text.length, start + length));
    inserted = kind < 0.85 ? '' : pick(insertions);
  }
  return {
    change: { range: { start: positionAt(starts, start), end: positionAt(starts, end) }, text: inserted },
    text: text.slice(0, start) + inserted + text.slice(end),
  };
}

function pick(list) {
  return list[Math.floor(random() * list.length)];
}

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parseArguments(args, defaults) {
  const parsed = { ...defaults };
  for (let i = 0; i < args.length; i += 2) {
    parsed[args[i].replace(/^--/, '')] = args[i + 1];
  }
  return parsed;
}
