// The tray's sign-in page (src/tray/signin.rs) in the browser's language, in Debian's Chromium, headless.
//
//   node tests/browser/signin-language.mjs PAGE_URL EXPECTED_JSON SHOT_DIR
//
// EXPECTED_JSON is a list of {locale, lang, title, heading, label, button, malformed}: for each, a browser
// whose language is `locale` (Playwright sends it as Accept-Language) opens PAGE_URL and must find
// <html lang> = `lang`, the title, the heading, the field's label and the button as given, and, after
// submitting a malformed URL, the error `malformed`. The texts are the catalogue's own, rendered by the
// Rust test that runs this (tests/integration/signin_page.rs). Screenshots go to SHOT_DIR.
// Exits 0 when every expectation held, 1 (with the reason on stderr) otherwise, 2 on bad usage.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [pageUrl, expectedJson, shotDir] = process.argv.slice(2);
if (!pageUrl || !expectedJson || !shotDir) {
  console.error("usage: node signin-language.mjs PAGE_URL EXPECTED_JSON SHOT_DIR");
  process.exit(2);
}
const expected = JSON.parse(expectedJson);
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const TIMEOUT = 20_000;

class Failed extends Error {}
function same(what, seen, wanted) {
  if (seen !== wanted) throw new Failed(`${what}: ${JSON.stringify(seen)}, expected ${JSON.stringify(wanted)}`);
}

mkdirSync(shotDir, { recursive: true });
let browser;
let page;
let status = 0;
try {
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    timeout: TIMEOUT,
  });
  for (const want of expected) {
    console.log(`signin-language.mjs: the page for a browser in ${want.locale}`);
    const context = await browser.newContext({ locale: want.locale, viewport: { width: 860, height: 660 } });
    context.setDefaultTimeout(TIMEOUT);
    page = await context.newPage();
    const sent = [];
    page.on("request", (r) => sent.push(r.headers()["accept-language"]));
    const response = await page.goto(pageUrl, { waitUntil: "load" });
    same(`${want.locale}: HTTP status`, response?.status(), 200);
    if (!sent[0]?.startsWith(want.locale)) throw new Failed(`${want.locale}: the browser sent Accept-Language ${sent[0]}`);
    same(`${want.locale}: <html lang>`, await page.locator("html").getAttribute("lang"), want.lang);
    same(`${want.locale}: the title`, await page.title(), want.title);
    same(`${want.locale}: the heading`, await page.getByRole("heading", { level: 1 }).textContent(), want.heading);
    const field = page.getByLabel(want.label, { exact: true });
    same(`${want.locale}: fields labelled ${want.label}`, await field.count(), 1);
    const button = page.getByRole("button", { name: want.button, exact: true });
    same(`${want.locale}: buttons named ${want.button}`, await button.count(), 1);
    await field.fill("this is not a webhook");
    await button.click();
    const alert = page.getByRole("alert");
    await alert.waitFor({ state: "visible" });
    same(`${want.locale}: the error for a malformed URL`, (await alert.innerText()).trim(), want.malformed);
    await page.screenshot({ path: join(shotDir, `${want.locale}.png`) });
    await context.close();
  }
  console.log("signin-language.mjs: all checks passed");
} catch (error) {
  status = 1;
  const reason = error instanceof Failed ? error.message : error?.stack ?? String(error);
  console.error(`signin-language.mjs: FAILED: ${reason}`);
  if (page) await page.screenshot({ path: join(shotDir, "failure.png") }).catch(() => {});
} finally {
  await browser?.close().catch(() => {});
}
process.exit(status);
