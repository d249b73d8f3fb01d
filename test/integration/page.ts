// What the user sees, for tests inside the extension host: evaluate an expression in the
// workbench page (DOM queries) and take screenshots. Served by the runner
// (scripts/lib/pageEndpoint.ts); see README.md in this folder.

export const PAGE_ENDPOINT_ENV = 'ARTICLE_ANNOTATOR_PAGE_ENDPOINT';

export function pageEndpointUrl(): string | undefined {
  return process.env[PAGE_ENDPOINT_ENV] || undefined;
}

/** False under @vscode/test-electron: there is no page to look at; skip such checks there. */
export function pageAvailable(): boolean {
  return pageEndpointUrl() !== undefined;
}

async function post<T>(route: string, body: unknown): Promise<T> {
  const endpoint = pageEndpointUrl();
  if (!endpoint) {
    throw new Error(`No page endpoint (${PAGE_ENDPOINT_ENV} is not set): this host has no page to look at. Guard with pageAvailable().`);
  }
  const response = await fetch(`${endpoint}${route}`, { method: 'POST', body: JSON.stringify(body) });
  const result = await response.json() as { value?: T; path?: string; error?: string };
  if (result.error !== undefined) {
    throw new Error(`page ${route}: ${result.error}`);
  }
  return (route === '/screenshot' ? result.path : result.value) as T;
}

/**
 * Evaluates a JavaScript expression in the workbench page and returns its (JSON-serialisable)
 * value. A promise is awaited. Example:
 * `await pageEval<number>("document.querySelectorAll('.monaco-editor .view-line').length")`.
 */
export function pageEval<T>(expression: string): Promise<T> {
  return post<T>('/eval', { expression });
}

/**
 * Presses a key or chord in the page like a user (trusted events, to whatever has the focus):
 * Playwright key names, e.g. `pressKey('Enter')`, `pressKey('Alt+Enter')`, `pressKey('Control+A')`.
 */
export async function pressKey(key: string): Promise<void> {
  await post<unknown>('/keyboard', { press: key });
}

/** Types text in the page like a user, character by character, into whatever has the focus. */
export async function typeText(text: string): Promise<void> {
  await post<unknown>('/keyboard', { type: text });
}

/** Inserts text in one input event, as a paste would (a picker then reacts once, not per key). */
export async function insertText(text: string): Promise<void> {
  await post<unknown>('/keyboard', { insert: text });
}

/** Saves a PNG of the page as test-results/screenshots/NAME.png and returns its path. */
export function screenshot(name: string): Promise<string> {
  return post<string>('/screenshot', { name });
}

/**
 * Evaluates `expression` in the page until `accept` holds for its value (rendering is
 * asynchronous), then returns that value; throws with the last value after `timeoutMs`.
 */
export async function waitForPage<T>(expression: string, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await pageEval<T>(expression);
    if (accept(last)) {
      return last;
    }
    if (Date.now() > deadline) {
      throw new Error(`The page never showed what was expected for ${expression}; last value: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
