// Lines for the runner's terminal. Inside code-server they travel through the page endpoint (the
// remote extension host's console is not the terminal); elsewhere (test-electron) console.log.
import { pageEndpointUrl } from './page';

let chain: Promise<void> = Promise.resolve();

export function logLine(text: string): void {
  const endpoint = pageEndpointUrl();
  if (!endpoint) {
    console.log(text);
    return;
  }
  chain = chain.then(async () => {
    try {
      await fetch(`${endpoint}/log`, { method: 'POST', body: JSON.stringify({ text }) });
    } catch {
      console.log(text);
    }
  });
}

/** Resolves when every line sent so far has been printed. */
export function flushLog(): Promise<void> {
  return chain;
}
