#!/usr/bin/env node
// Takes the README's screenshots from a real VS Code (code-server 1.100 in headless Chromium, set up by
// ../shared/tools/vscode-e2e) with the extension installed: scripts/screenshots runs it.
//
//   node test/screenshots.cjs --url http://127.0.0.1:18080 --ws <folder> --missing <folder> --out <images folder>
//
// <ws> holds draft.md and draft.docx; <missing> a draft.md and .vscode/settings.json pointing
// reportlint.serverPath at nothing.
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = { url: 'http://127.0.0.1:18080', ws: '', missing: '', out: 'images', width: 1400, height: 860 };
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const { chromium } = require(path.join(process.env.CS_BASE || '/tmp/vscode-e2e', 'tools/node_modules/playwright-core'));

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-shots-'));
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium',
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache') },
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    viewport: { width: Number(args.width), height: Number(args.height) },
  });
  const page = context.pages()[0] || (await context.newPage());
  try {
    await openFolder(page, args.ws);
    await openFile(page, path.join(args.ws, 'draft.md'));
    const status = await waitForStatus(page, /ReportLint: \d+/, 120_000);
    console.log(`status bar: ${status}`);
    // Hover the first error squiggle (a figure that does not add up, if there is one).
    const errors = page.locator('.view-overlays .squiggly-error');
    const squiggle = (await errors.count()) > 0 ? errors.first() : page.locator('.view-overlays .squiggly-warning').first();
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('no squiggle on screen');
    await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
    await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents', { timeout: 15_000 });
    await page.waitForTimeout(800);
    await save(page, 'hover.png');

    await page.mouse.move(5, 300);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
    await page.waitForTimeout(1500);
    await save(page, 'problems.png');
    await page.keyboard.press('Control+Shift+M');

    await openFile(page, path.join(args.ws, 'draft.docx'));
    const frame = await webviewFrame(page, 'mark', 120_000);
    await frame.locator('mark').first().hover();
    await page.waitForTimeout(1500);
    await save(page, 'word.png');

    // The Word view's button writes the annotated copy beside the draft.
    const copy = path.join(args.ws, 'draft.reviewed.docx');
    await frame.locator('button[data-command="annotate"]').click();
    const deadline = Date.now() + 60_000;
    while (!fs.existsSync(copy) && Date.now() < deadline) await page.waitForTimeout(500);
    console.log(fs.existsSync(copy) ? `annotated copy written: ${copy} (${fs.statSync(copy).size} bytes)` : 'FAIL no annotated copy');
    await page.waitForTimeout(1500);
    await page.keyboard.press('Escape');

    // The whole workspace from the command palette: the summary notification says what was found.
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 30_000 });
    await page.keyboard.type('ReportLint: Check every draft', { delay: 5 });
    await page.waitForTimeout(1000);
    await page.keyboard.press('Enter');
    const summary = page.locator('.notification-toast', { hasText: /checked \d+ drafts?:|đã kiểm tra/ });
    await summary.waitFor({ timeout: 120_000 });
    console.log(`workspace check: ${(await summary.innerText()).replace(/\s+/g, ' ')}`);
    await save(page, 'workspace.png');

    await openFolder(page, args.missing);
    await openFile(page, path.join(args.missing, 'draft.md'));
    console.log(`status bar: ${await waitForStatus(page, /ReportLint không chạy được|ReportLint is not running/, 60_000)}`);
    await page.waitForSelector('.notification-toast', { timeout: 15_000 }).catch(() => console.error('warning: no notification'));
    await page.waitForTimeout(1000);
    await save(page, 'server-missing.png');
  } catch (error) {
    await page.screenshot({ path: path.join(os.tmpdir(), 'reportlint-shot-failure.png') }).catch(() => {});
    console.error(`failure screenshot: ${path.join(os.tmpdir(), 'reportlint-shot-failure.png')}`);
    throw error;
  } finally {
    await context.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function openFolder(page, folder) {
  await page.goto(`${args.url.replace(/\/$/, '')}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 120_000 });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 120_000 });
  await page.waitForTimeout(3000);
}

async function openFile(page, file) {
  const name = path.basename(file);
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.click('.monaco-workbench .part.editor');
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 30_000 });
    await page.keyboard.type(file, { delay: 5 });
    // Enter only once Quick Open lists the file, or it opens nothing.
    await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 30_000 }).catch(() => {});
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    const opened = await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${name}"]`, { timeout: 15_000 }).then(() => true, () => false);
    if (opened) {
      await page.waitForTimeout(1000);
      return;
    }
    await page.keyboard.press('Escape');
  }
  throw new Error(`could not open ${file}`);
}

async function waitForStatus(page, pattern, timeout) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await page.locator('.part.statusbar').innerText().catch(() => '')).replace(/\s+/g, ' ');
    if (pattern.test(text)) return text;
    await page.waitForTimeout(500);
  }
  throw new Error(`status bar never matched ${pattern}: ${text}`);
}

/** The custom editor's webview: an iframe holding an iframe with the page; waits for `selector` in it. */
async function webviewFrame(page, selector, timeout) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`no webview with ${selector}`);
}

async function save(page, name) {
  fs.mkdirSync(args.out, { recursive: true });
  await page.screenshot({ path: path.join(args.out, name) });
  console.log(`saved ${path.join(args.out, name)}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
