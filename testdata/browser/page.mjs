// Opens a release's index.html from the file system in headless Chromium and uses it as a
// reader would: load, filter by category, search, click a figure. Prints what it saw as JSON
// for the Go test and saves a screenshot of each step.
// Usage: node page.mjs RELEASE_DIR SCREENSHOT_DIR CHROMIUM
import puppeteer from 'puppeteer-core';
import { join, resolve } from 'node:path';

const [dir, shots, chromium] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
  defaultViewport: { width: 1280, height: 1000 },
});
const out = { requests: [], errors: [] };
try {
  const page = await browser.newPage();
  // Nothing but the page itself may be fetched: no CDN, no server.
  page.on('request', (r) => out.requests.push(r.url()));
  page.on('pageerror', (e) => out.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') out.errors.push(m.text()); });
  await page.goto('file://' + resolve(dir, 'index.html'), { waitUntil: 'load' });
  const count = () => page.$$eval('#rows tr', (rows) => rows.length);
  out.loaded = await count();
  out.charts = await page.$$eval('figure.chart', (fs) => fs.map((f) => ({
    title: f.querySelector('figcaption').textContent, bars: f.querySelectorAll('rect.bar').length })));
  await page.screenshot({ path: join(shots, '1-loaded.png') });

  await page.select('#f-category', 'funding');
  out.funding = await count();
  out.fundingCategories = await page.$$eval('#rows tr td:nth-child(4)', (tds) => [...new Set(tds.map((td) => td.textContent))]);
  await page.screenshot({ path: join(shots, '2-funding.png') });

  await page.type('#search', 'Swiss');
  out.searched = await count();
  await page.click('#rows tr');
  out.detail = await page.$eval('#detail', (d) => ({
    sentence: d.querySelector('.sentence').textContent,
    mark: d.querySelector('mark') ? d.querySelector('mark').textContent : null,
    source: d.querySelector('.note').textContent,
  }));
  out.selected = await page.$eval('#rows tr.sel', (tr) => tr.dataset.id);
  await page.screenshot({ path: join(shots, '3-clicked.png') });
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
