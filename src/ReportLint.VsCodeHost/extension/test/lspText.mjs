// LSP's view of a text: lines end at CRLF, CR or LF; characters count UTF-16 code units.

/** The offsets where each line starts. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      starts.push(i + 2);
      i++;
    } else if (c === 13 || c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid; else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

/**
 * Moves an offset no LSP position can name back to one it can, as the server resolves positions:
 * inside a surrogate pair to the pair's start, between CR and LF to the end of the line.
 */
export function snapOffset(text, offset) {
  const c = text.charCodeAt(offset);
  const before = text.charCodeAt(offset - 1);
  const splitsPair = c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
  const splitsLineBreak = c === 10 && before === 13;
  return offset > 0 && (splitsPair || splitsLineBreak) ? offset - 1 : offset;
}
