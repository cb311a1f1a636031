// The chat page as a first-time visitor gets it, in headless Chromium: bytes transferred (compressed, headers included)
// and time to first interaction (navigation start until the welcome is shown and the send box takes input).
// Usage: node page.js <base url> [chromium path] [runs=5]
'use strict';
const { chromium } = require('playwright-core');

const [baseUrl, executablePath = '/usr/bin/chromium', runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
setTimeout(() => { console.log('FAIL: the page run took longer than 3 minutes'); process.exit(1); }, 180000).unref();

async function once(browser) {
  const context = await browser.newContext(); // a fresh cache: a first visit
  const page = await context.newPage();
  const requests = [];
  page.on('requestfinished', request => requests.push(request));
  const started = Date.now();
  await page.goto(baseUrl);
  const sendBox = page.locator("[data-id='webchat-sendbox-input']");
  await sendBox.waitFor({ state: 'visible', timeout: 30000 });
  await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').first().waitFor({ timeout: 30000 });
  await sendBox.fill('x'); // proves it takes input
  const interactive = Date.now() - started;
  let bytes = 0;
  for (const request of requests) {
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  return { interactive, bytes, count: requests.length };
}

async function main() {
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(browser));
  await browser.close();
  const times = results.map(r => r.interactive).sort((a, b) => a - b);
  const last = results[results.length - 1];
  console.log(`page: ${last.count} requests, ${(last.bytes / 1024).toFixed(0)} KiB transferred (first visit)`);
  console.log(`time to first interaction ms over ${runs} first visits: median=${times[Math.floor(times.length / 2)]} ` +
    `min=${times[0]} max=${times[times.length - 1]}`);
}

main().catch(error => { console.log('FAIL: ' + error.message); process.exit(1); });
