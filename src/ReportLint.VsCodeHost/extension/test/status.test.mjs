// The status bar's state machine (src/status.ts, bundled by `npm run test:unit`): never a check mark
// for a document that was not checked, and a warning that says why when the server is not running.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StatusModel } from '../out-test/status.mjs';

const t = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
const draft = (problems, uri = 'file:///draft.md') => ({ uri, problems });

test('starting, then checking until the first diagnostics come', () => {
  const model = new StatusModel();
  assert.match(model.view(draft(0), t).text, /starting/);
  assert.equal(model.view(undefined, t), undefined);
  model.running();
  assert.match(model.view(draft(0), t).text, /checking/);
  model.sent('file:///draft.md');
  assert.match(model.view(draft(0), t).text, /checking/);
  model.diagnosed('file:///draft.md');
  const clean = model.view(draft(0), t);
  assert.equal(clean.text, '$(check) ReportLint: no problems');
  assert.equal(clean.warning, false);
});

test('counts the problems, and checks again after an edit', () => {
  const model = new StatusModel();
  model.running();
  model.sent('file:///draft.md');
  model.diagnosed('file:///draft.md');
  assert.equal(model.view(draft(1), t).text, '$(warning) ReportLint: 1 problem');
  assert.equal(model.view(draft(7), t).text, '$(warning) ReportLint: 7 problems');
  model.sent('file:///draft.md');
  assert.match(model.view(draft(7), t).text, /checking/);
});

test('a document the server has not diagnosed never shows a check mark', () => {
  const model = new StatusModel();
  model.running();
  model.sent('file:///a.md');
  model.diagnosed('file:///a.md');
  assert.doesNotMatch(model.view(draft(0, 'file:///b.md'), t).text, /check\)/);
  model.closed('file:///a.md');
  assert.match(model.view(draft(0, 'file:///a.md'), t).text, /checking/);
});

test('a failed server is shown in the warning colour, with or without a draft, and says why', () => {
  const model = new StatusModel();
  model.running();
  model.sent('file:///draft.md');
  model.diagnosed('file:///draft.md');
  model.failed({ kind: 'noDotnet', detail: 'dotnet is not on the PATH' });
  for (const active of [draft(0), undefined]) {
    const view = model.view(active, t);
    assert.equal(view.text, '$(warning) ReportLint is not running');
    assert.equal(view.warning, true);
    assert.equal(view.click, 'explain');
    assert.match(view.tooltip, /needs \.NET 10.*dotnet is not on the PATH/);
  }
});

test('a restarted server forgets what the old one checked', () => {
  const model = new StatusModel();
  model.running();
  model.sent('file:///draft.md');
  model.diagnosed('file:///draft.md');
  model.failed({ kind: 'stopped', detail: 'exit code 134' });
  assert.match(model.view(draft(0), t).tooltip, /stopped: exit code 134/);
  model.starting();
  assert.match(model.view(draft(0), t).text, /starting/);
  model.running();
  assert.match(model.view(draft(0), t).text, /checking/);
});

test('settled once the server runs and the active draft has its result', () => {
  const model = new StatusModel();
  assert.equal(model.settled(undefined), false);
  model.running();
  assert.equal(model.settled(undefined), true);
  model.sent('file:///draft.md');
  assert.equal(model.settled('file:///draft.md'), false);
  model.diagnosed('file:///draft.md');
  assert.equal(model.settled('file:///draft.md'), true);
});
