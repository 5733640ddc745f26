// The interface's translations: every string has its Vietnamese, and the Vietnamese keeps one
// tone-mark style, the one RL3001 prefers when a draft has no majority (the old style: hòa, xóa, ủy).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';

const root = new URL('..', import.meta.url);
const read = file => fs.readFileSync(new URL(file, root), 'utf8');
const json = file => JSON.parse(read(file));

test('every manifest string has its Vietnamese, and every %key% is defined', () => {
  const english = json('package.nls.json');
  const vietnamese = json('package.nls.vi.json');
  assert.deepEqual(Object.keys(vietnamese).sort(), Object.keys(english).sort());
  const used = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);
  for (const key of used) assert.ok(key in english, `package.json uses %${key}% which package.nls.json lacks`);
});

test('every runtime string has its Vietnamese', () => {
  const bundle = json('l10n/bundle.l10n.vi.json');
  const sources = fs.readdirSync(new URL('src/', root)).map(f => read(`src/${f}`)).join('\n');
  const used = new Set([...sources.matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)].map(m => m[1].replace(/\\'/g, "'")));
  assert.ok(used.size > 20);
  for (const message of used) assert.ok(message in bundle, `no Vietnamese for "${message}"`);
});

test('one tone-mark style: no oà, oé, uỷ… at the end of a syllable (quý excepted)', () => {
  const newStyle = /(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/iu;
  const strings = [...Object.values(json('package.nls.vi.json')), ...Object.values(json('l10n/bundle.l10n.vi.json'))];
  for (const text of strings) assert.doesNotMatch(text.normalize('NFC'), newStyle, text);
  assert.doesNotMatch('đã hủy, xóa, hòa', newStyle);
  assert.match('đã huỷ', newStyle);
});
