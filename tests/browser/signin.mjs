// Drives the tray's sign-in page (src/tray/signin.rs) in Debian's Chromium, headless, like a user would.
//
//   node tests/browser/signin.mjs PAGE_URL WEBHOOK_URL SHOT_DIR
//
// PAGE_URL is the page's address (SignInPage::url), WEBHOOK_URL a webhook the portal accepts (the
// simulator's). It checks the explanation and the field, submits a malformed URL, then one with a wrong
// secret, then WEBHOOK_URL, and checks what the page shows each time. Screenshots go to SHOT_DIR.
// Exits 0 when every expectation held, 1 (with the reason on stderr) otherwise, 2 on bad usage.
// Run by tests/integration/signin_page.rs against the page the real tray serves; Chromium is
// /usr/bin/chromium (override with $CHROMIUM).

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [pageUrl, webhookUrl, shotDir] = process.argv.slice(2);
if (!pageUrl || !webhookUrl || !shotDir) {
  console.error("usage: node signin.mjs PAGE_URL WEBHOOK_URL SHOT_DIR");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const TIMEOUT = 20_000;

class Failed extends Error {}
function expect(condition, message) {
  if (!condition) throw new Failed(message);
}
function step(text) {
  console.log(`signin.mjs: ${text}`);
}

// WEBHOOK_URL with the last character of its secret code changed.
function wrongSecret(url) {
  const match = /^(.*\/rest\/\d+\/)([A-Za-z0-9]+)(\/.*)?$/.exec(url);
  if (!match) throw new Failed(`WEBHOOK_URL is not a webhook URL: cannot derive a wrong secret from it`);
  const code = match[2];
  const last = code.at(-1) === "a" ? "b" : "a";
  return match[1] + code.slice(0, -1) + last + (match[3] ?? "");
}
function secretOf(url) {
  return /\/rest\/\d+\/([A-Za-z0-9]+)/.exec(url)[1];
}

mkdirSync(shotDir, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), "b24-signin-chromium-"));
let context;
let page;
let status = 0;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    // The flags this machine needs: no sandbox (root), no GPU, and none of Chromium's own background
    // connections (a closed network refuses them, noisily).
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 860, height: 660 },
    colorScheme: "light",
    locale: "en-US",
    timeout: TIMEOUT,
  });
  context.setDefaultTimeout(TIMEOUT);
  page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  // The CSP must let the page's own style and script run and block nothing else it needs.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const noProblems = async (when) => {
    const violations = await page.evaluate(() => window.__cspViolations);
    expect(violations.length === 0, `${when}: Content-Security-Policy violations: ${violations.join("; ")}`);
    expect(problems.length === 0, `${when}: ${problems.join("; ")}`);
  };

  // ---- The page as it opens.
  step(`opening the page in ${executablePath}`);
  const response = await page.goto(pageUrl, { waitUntil: "load" });
  expect(response && response.status() === 200, `the page answered HTTP ${response?.status()}`);
  const headers = response.headers();
  expect(headers["content-security-policy"]?.includes("default-src 'none'"), "the page has no strict Content-Security-Policy");
  expect(headers["cache-control"] === "no-store", `Cache-Control is ${headers["cache-control"]}`);
  expect(
    (await page.title()) === "Sign in to Bitrix24 — b24-status",
    `the title is ${JSON.stringify(await page.title())}`,
  );
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  expect(heading === "Sign in to Bitrix24", `the heading is ${JSON.stringify(heading)}`);
  const explanation = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  for (const part of [
    "In your Bitrix24 portal open Applications → Developer resources → Other → Inbound webhook",
    "tick the scope im (Chat and notifications)",
    "save, and copy the webhook URL",
  ]) {
    expect(explanation.includes(part), `the explanation lacks ${JSON.stringify(part)}; the page says: ${explanation}`);
  }
  const field = page.getByLabel("Webhook URL", { exact: true });
  expect((await field.count()) === 1, "there is no field labelled “Webhook URL”");
  expect((await field.getAttribute("type")) === "password", "the field is not a password field");
  expect((await field.getAttribute("autocomplete")) === "off", "the field has autocomplete on");
  expect((await field.getAttribute("spellcheck")) === "false", "the field has spellcheck on");
  const button = page.getByRole("button", { name: "Sign in" });
  expect(await button.isEnabled(), "the Sign in button is disabled");
  const alert = page.getByRole("alert");
  expect(!(await alert.isVisible()), "an error shows before anything was submitted");
  // The script ran (the CSP nonce works): it reveals the "Show the URL" switch.
  expect(await page.getByLabel("Show the URL").isVisible(), "the page's script did not run");
  await noProblems("on opening");
  await page.screenshot({ path: join(shotDir, "initial.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: join(shotDir, "initial-dark.png") });
  await page.emulateMedia({ colorScheme: "light" });

  // ---- A malformed URL: the error shows inline and the form stays usable.
  step("submitting a malformed URL");
  const malformed = "this is not a webhook";
  await field.fill(malformed);
  await button.click();
  await alert.waitFor({ state: "visible" });
  const malformedError = await alert.innerText();
  expect(/not a webhook URL/i.test(malformedError), `the error for a malformed URL is ${JSON.stringify(malformedError)}`);
  expect((await field.inputValue()) === malformed, "the field lost what was typed");
  expect(await field.isEditable(), "the field is not editable after an error");
  expect(await button.isEnabled(), "the button stays disabled after an error");
  expect((await field.getAttribute("aria-invalid")) === "true", "the field is not marked invalid");
  expect(!(await page.getByRole("status").isVisible()), "a success shows after an error");
  await page.screenshot({ path: join(shotDir, "error-malformed.png") });

  // ---- A webhook with a wrong secret: "Checking…" while the portal is asked, then its rejection.
  step("submitting a webhook with a wrong secret");
  const wrong = wrongSecret(webhookUrl);
  expect(wrong !== webhookUrl, "the wrong webhook equals the right one");
  // Hold the answer back a moment so the in-between state can be seen.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/submit", async (route) => {
    await held;
    await route.continue();
  });
  await field.fill(wrong);
  await button.click();
  const checking = page.getByRole("button", { name: "Checking…" });
  await checking.waitFor({ state: "visible" });
  expect(await checking.isDisabled(), "the button is not disabled while checking");
  expect(!(await alert.isVisible()), "the previous error still shows while checking");
  release();
  await alert.waitFor({ state: "visible" });
  await page.unroute("**/submit");
  const rejection = await alert.innerText();
  expect(/rejected/i.test(rejection), `the error for a wrong secret is ${JSON.stringify(rejection)}`);
  // Worded for the page: paste the new URL here, not a command for a terminal.
  expect(/paste its URL here/.test(rejection), `the error for a wrong secret does not say to paste a new URL here: ${JSON.stringify(rejection)}`);
  expect(!/b24-status (login|logout|doctor)|run `/.test(rejection), `the page's error names a command: ${JSON.stringify(rejection)}`);
  expect(!rejection.includes(secretOf(wrong)), "the error shows the secret code");
  expect((await field.inputValue()) === wrong, "the field lost the pasted URL");
  expect(await button.isEnabled(), "the button stays disabled after an error");
  await noProblems("after the errors");
  await page.screenshot({ path: join(shotDir, "error.png") });

  // ---- The right webhook: signed in, form disabled.
  step("submitting the webhook");
  await field.fill(webhookUrl);
  await button.click();
  const done = page.getByRole("status");
  await done.waitFor({ state: "visible" });
  const success = (await done.innerText()).replace(/\s+/g, " ");
  expect(success.includes("Signed in as Anna Petrova"), `the success message is ${JSON.stringify(success)}`);
  const closeTab = success.split("You can close this tab.").length - 1;
  expect(closeTab === 1, `the success message says "You can close this tab." ${closeTab} times: ${JSON.stringify(success)}`);
  expect(!(await alert.isVisible()), "the old error still shows after signing in");
  expect(await field.isDisabled(), "the field is still enabled after signing in");
  expect(await button.isDisabled(), "the button is still enabled after signing in");
  expect((await field.inputValue()) === "", "the field still holds the webhook URL after signing in");
  const html = await page.content();
  expect(!html.includes(secretOf(webhookUrl)), "the page still contains the secret code");
  await noProblems("after signing in");
  await page.screenshot({ path: join(shotDir, "success.png") });
  step(`all checks passed; screenshots in ${shotDir}`);
} catch (error) {
  status = 1;
  const reason = error instanceof Failed ? error.message : error?.stack ?? String(error);
  console.error(`signin.mjs: FAILED: ${reason}`);
  if (page) {
    await page.screenshot({ path: join(shotDir, "failure.png") }).catch(() => {});
    console.error(`signin.mjs: the page at the failure: ${join(shotDir, "failure.png")}`);
  }
} finally {
  await context?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
process.exit(status);
