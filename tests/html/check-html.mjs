// Opens an HTML report in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core over the
// DevTools protocol), takes a full-page screenshot, and fails on any console error, page error, request
// other than the report file itself, or horizontal overflow.
// Usage: node check-html.mjs <report.html> <screenshot.png> <empty profile dir>
// The directory holding node_modules/playwright-core is given in S3C_PLAYWRIGHT_PREFIX.
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
  if (facts.lang !== 'en') problems.push(`the page language is "${facts.lang}", not "en"`);
  // A check report shows criterion tiles; a forecast (S3C_HTML_EXPECT=bands) one band per criterion instead.
  if (process.env.S3C_HTML_EXPECT === 'bands') {
    if (facts.bands === 0) problems.push('the forecast shows no bands');
  } else if (facts.tiles === 0) problems.push('the overview shows no criterion tiles');
  if (facts.overflow > 0) problems.push(`the page overflows horizontally by ${facts.overflow}px`);

  await page.screenshot({ path: screenshotPath, fullPage: true });
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
