// Starts a language server as an editor would, answers `initialize`, opens a draft of about 50 KB
// (the seeds, repeated) and prints how long each step took: start to initialize answered, didOpen to
// the first diagnostics. Used on a packaged server (scripts/test-packaged-server, under `env -i`)
// and on the development build (scripts/test-real-client).
//
//   node test/first-diagnostics.mjs --seeds <folder> [--bytes 50000] [--runs 1] [--loaded yes] -- <command> [args...]
//
// --loaded yes lists the server's own assemblies mapped after the first check (Linux), to see what it loaded.
//
// Exits 0 when every run answered initialize and published diagnostics for the draft.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

const separator = process.argv.indexOf('--');
if (separator < 0 || separator === process.argv.length - 1) {
  console.error('usage: first-diagnostics.mjs --seeds <folder> [--bytes 50000] [--runs 1] -- <command> [args...]');
  process.exit(2);
}
const options = { bytes: '50000', runs: '1' };
const optionArgs = process.argv.slice(2, separator);
for (let i = 0; i < optionArgs.length; i += 2) options[optionArgs[i].replace(/^--/, '')] = optionArgs[i + 1];
const [command, ...args] = process.argv.slice(separator + 1);

const draft = makeDraft(options.seeds, Number(options.bytes));
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-first-'));
const documentUri = pathToFileURL(path.join(folder, 'draft.md')).href;
let failures = 0;
try {
  for (let run = 1; run <= Number(options.runs); run++) {
    failures += (await measure(run)) ? 0 : 1;
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);

async function measure(run) {
  const started = performance.now();
  const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', chunk => { stderr += chunk; });
  const exited = new Promise(resolve => server.on('exit', code => resolve(code)));
  server.on('error', error => { stderr += String(error); });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const firstDiagnostics = new Promise(resolve => {
    connection.onNotification('textDocument/publishDiagnostics', params => {
      if (params.uri === documentUri) resolve(params.diagnostics);
    });
  });
  connection.listen();

  try {
    const result = await withTimeout(connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities: {},
    }), 30_000, 'initialize');
    const initialized = performance.now();
    console.log(`run ${run}: initialize answered in ${ms(initialized - started)} by ${result.serverInfo?.name} ${result.serverInfo?.version ?? ''}`.trimEnd());
    if (run === 1) console.log(`  runtime: ${runtimeOf(server.pid)}`);
    await connection.sendNotification('initialized', {});

    const opened = performance.now();
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: documentUri, languageId: 'markdown', version: 1, text: draft },
    });
    const diagnostics = await withTimeout(firstDiagnostics, 30_000, 'first diagnostics');
    console.log(`run ${run}: first diagnostics for a ${Math.round(Buffer.byteLength(draft) / 1000)} KB draft ${ms(performance.now() - opened)} after didOpen (${diagnostics.length} diagnostics), ${ms(performance.now() - started)} after start`);
    if (run === 1 && options.loaded === 'yes') console.log(`  loaded: ${loadedAssemblies(server.pid)}`);

    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    const code = await withTimeout(exited, 10_000, 'exit');
    return code === 0;
  } catch (error) {
    console.log(`run ${run}: FAIL ${error.message}\nserver stderr:\n${stderr.slice(-4000)}`);
    server.kill();
    return false;
  } finally {
    connection.dispose();
  }
}

/** Where the process's .NET runtime was loaded from (Linux), to show which runtime served. */
function runtimeOf(pid) {
  try {
    const maps = fs.readFileSync(`/proc/${pid}/maps`, 'utf8');
    const line = maps.split('\n').find(l => /libcoreclr\.(so|dylib)$/.test(l));
    return line ? line.slice(line.indexOf('/')) : 'libcoreclr not mapped';
  } catch {
    return 'unknown (no /proc)';
  }
}

/** The assemblies outside System.* the process has mapped (Linux). */
function loadedAssemblies(pid) {
  try {
    const names = new Set(fs.readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n')
      .map(l => l.match(/([^/]+)\.dll$/)?.[1]).filter(n => n && !/^(System|netstandard|mscorlib)\b/.test(n)));
    return [...names].sort().join(', ');
  } catch {
    return 'unknown (no /proc)';
  }
}

function makeDraft(seeds, bytes) {
  const texts = fs.readdirSync(seeds).filter(f => /\.(txt|md)$/.test(f)).sort().map(f => fs.readFileSync(path.join(seeds, f), 'utf8'));
  let draft = '';
  for (let i = 0; Buffer.byteLength(draft) < bytes; i++) draft += texts[i % texts.length] + '\n\n';
  return draft;
}

function withTimeout(promise, milliseconds, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no ${what} within ${milliseconds / 1000} s`)), milliseconds); }),
  ]).finally(() => clearTimeout(timer));
}

function ms(value) {
  return `${Math.round(value)} ms`;
}
