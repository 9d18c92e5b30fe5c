// Opens an HTML report in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core over the
// DevTools protocol), takes a full-page screenshot, and fails on any console error, page error, request
// other than the report file itself, horizontal overflow, or an accessibility violation of impact "serious" or
// "critical" found by axe-core with the WCAG 2.0/2.1 A and AA rules (EN 301 549 asks for WCAG 2.1 AA); violations of
// lower impact are listed, not fatal.
// Usage: node check-html.mjs <report.html> <screenshot.png> <empty profile dir>
// The directory holding node_modules/playwright-core and node_modules/axe-core (tests/html/package.json, installed
// with npm ci) is given in S3C_PLAYWRIGHT_PREFIX. S3C_HTML_LANG is the page language expected (default "en").
// With S3C_HTML_PDF set, the page is also printed to that PDF file as Chromium prints it (A4 from the page's @page).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [htmlPath, screenshotPath, profileDir] = process.argv.slice(2);
if (!htmlPath || !screenshotPath || !profileDir || !process.env.S3C_PLAYWRIGHT_PREFIX) {
  console.error('usage: S3C_PLAYWRIGHT_PREFIX=<dir> node check-html.mjs <report.html> <screenshot.png> <profile dir>');
  process.exit(2);
}

const require = createRequire(join(resolve(process.env.S3C_PLAYWRIGHT_PREFIX), 'node_modules', 'index.js'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const expectedLang = process.env.S3C_HTML_LANG ?? 'en';

const fileUrl = pathToFileURL(resolve(htmlPath)).href;
const sameDocument = (url) => url.split('#')[0] === fileUrl;
const problems = [];

const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  // Record every request the page (or a worker of it) makes; anything but the report itself is refused and reported.
  context.on('request', (request) => {
    if (!sameDocument(request.url())) problems.push(`request: ${request.method()} ${request.url()}`);
  });
  await context.route('**/*', (route) => (sameDocument(route.request().url()) ? route.continue() : route.abort()));
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  const response = await page.goto(fileUrl, { waitUntil: 'load' });
  if (response && !response.ok()) problems.push(`the report did not load: ${response.status()}`);
  await page.waitForTimeout(500);

  const facts = await page.evaluate(() => ({
    title: document.title,
    lang: document.documentElement.lang,
    tiles: document.querySelectorAll('.tiles > li').length,
    bands: document.querySelectorAll('.fc-band').length,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  if (!facts.title) problems.push('the page has no title');
  if (facts.lang !== expectedLang) problems.push(`the page language is "${facts.lang}", not "${expectedLang}"`);
  // A check report shows criterion tiles; a forecast (S3C_HTML_EXPECT=bands) one band per criterion instead.
  if (process.env.S3C_HTML_EXPECT === 'bands') {
    if (facts.bands === 0) problems.push('the forecast shows no bands');
  } else if (facts.tiles === 0) problems.push('the overview shows no criterion tiles');
  if (facts.overflow > 0) problems.push(`the page overflows horizontally by ${facts.overflow}px`);

  // axe-core is evaluated over the DevTools protocol, which the page's Content-Security-Policy does not govern: the
  // report itself still runs no script of its own.
  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  }));
  for (const violation of axe.violations) {
    const line = `axe ${violation.impact}: ${violation.id} (${violation.help}) on ${violation.nodes.length} element(s), e.g. ${violation.nodes[0]?.target.join(' ')}`;
    if (violation.impact === 'serious' || violation.impact === 'critical') problems.push(line);
    else console.log(`  ${line}`);
  }
  const severe = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').length;
  console.log(`axe-core ${axe.testEngine.version}: ${axe.violations.length} rule(s) violated, ${severe} serious or critical; ${axe.passes?.length ?? 0} passed`);

  await page.screenshot({ path: screenshotPath, fullPage: true });
  if (process.env.S3C_HTML_PDF) {
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: process.env.S3C_HTML_PDF, preferCSSPageSize: true, printBackground: true });
    console.log(`printed to ${process.env.S3C_HTML_PDF}`);
  }
  console.log(`opened ${fileUrl}: "${facts.title}", ${facts.tiles} criterion tiles, ${facts.bands} bands; screenshot ${screenshotPath}`);
} finally {
  await context.close();
}

if (problems.length > 0) {
  console.error(`HTML check failed (${problems.length} problem(s)):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log('HTML check passed: no console errors, no requests besides the report itself.');
