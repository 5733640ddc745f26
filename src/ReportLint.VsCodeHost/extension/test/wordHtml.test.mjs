// The Word view's paragraphs (src/wordHtml.ts, bundled by `npm run test:unit`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderParagraphs } from '../out-test/wordHtml.mjs';

const finding = (startLine, startCharacter, endLine, endCharacter, severity = 1, code = 'RL2001', message = 'Từ lặp') =>
  ({ startLine, startCharacter, endLine, endCharacter, severity, code, message });

test('one paragraph a line, text escaped', () => {
  assert.equal(renderParagraphs('a <b>\n\nc & d', []), '<p data-line="0">a &lt;b&gt;</p>\n<p data-line="1">&nbsp;</p>\n<p data-line="2">c &amp; d</p>');
});

test('a finding marks its text, titled with its code and message', () => {
  const html = renderParagraphs('Có các các đồng chí', [finding(0, 3, 0, 10)]);
  assert.equal(html, '<p data-line="0">Có <mark class="warning" title="RL2001: Từ lặp">các các</mark> đồng chí</p>');
});

test('overlapping findings: the most severe colours the overlap, both titles stand', () => {
  const html = renderParagraphs('13 + 159 = 41', [finding(0, 0, 0, 8, 1, 'RL2002', 'a "b"'), finding(0, 5, 0, 13, 0, 'RL1001', 'không cộng lại')]);
  assert.match(html, /<mark class="warning" title="RL2002: a &quot;b&quot;">13 \+ <\/mark>/);
  assert.match(html, /<mark class="error" title="RL2002: a &quot;b&quot;\nRL1001: không cộng lại">159<\/mark>/);
  assert.match(html, /<mark class="error" title="RL1001: không cộng lại"> = 41<\/mark>/);
});

test('a finding over two paragraphs marks the end of one and the start of the next', () => {
  const html = renderParagraphs('một hai\nba bốn', [finding(0, 4, 1, 2, 2)]);
  assert.match(html, /một <mark class="info"[^>]*>hai<\/mark>/);
  assert.match(html, /<p data-line="1"><mark class="info"[^>]*>ba<\/mark> bốn<\/p>/);
});
