// Headless Chromium for the bench, and what "usable" means on its pages.
import puppeteer from 'puppeteer-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../scripts/chromium.mjs';

/** The quiet flags keep update checks and sync traffic out of the measured loads. */
export function launchChromium() {
  return puppeteer.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS });
}

/**
 * A page in a browser context of its own: an empty HTTP cache (and code cache), so every
 * load is cold. Close it with `page.browserContext().close()`.
 */
export async function coldPage(browser, { cpuThrottling = 1 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (cpuThrottling !== 1) {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
  }
  return page;
}

/**
 * In the page: the sign-in form's identifier field, if it can be typed into now: in the
 * document (the plain form) or in <nordic-login>'s shadow root, laid out with a size,
 * visible, enabled and not in a part the widget marks busy. The same test for both pages,
 * so the two "first input" times compare.
 */
export function usableIdentifier() {
  const selector = 'form[name="sign-in"] input[name="identifier"]';
  const input = document.querySelector(selector) ?? document.querySelector('nordic-login')?.shadowRoot?.querySelector(selector);
  if (!input || input.disabled || input.closest('[aria-busy="true"], [inert]')) return false;
  const rect = input.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && getComputedStyle(input).visibility === 'visible';
}

/** Resolves when `fn` (a function of the page, no arguments) is true there; rejects after `timeout` ms. */
export async function until(page, fn, what, timeout = 15_000) {
  try {
    await page.waitForFunction(fn, { timeout, polling: 'raf' });
  } catch (error) {
    throw new Error(`timed out waiting for ${what} on ${page.url()}: ${error.message}`);
  }
}
