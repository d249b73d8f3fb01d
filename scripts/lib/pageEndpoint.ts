// A localhost endpoint through which tests inside the extension host look at the page the user
// sees: evaluate a DOM expression, press keys, take a screenshot, print a line on the runner's terminal.
// The protocol is documented in test/integration/README.md; the client is test/integration/page.ts.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface PageEndpoint {
  readonly url: string;
  setPage(page: Page): void;
  close(): Promise<void>;
}

export async function startPageEndpoint(screenshotDir: string, print: (line: string) => void): Promise<PageEndpoint> {
  let page: Page | undefined;
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      reply(response, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') {
      reply(response, 405, { error: 'POST only' });
      return;
    }
    const body = JSON.parse(await readBody(request) || '{}') as Record<string, unknown>;
    switch (request.url) {
      case '/log':
        print(String(body.text ?? ''));
        reply(response, 200, {});
        return;
      case '/eval': {
        if (!page) {
          reply(response, 503, { error: 'the page is not open yet' });
          return;
        }
        try {
          const value: unknown = await page.evaluate(String(body.expression));
          reply(response, 200, { value: value === undefined ? null : value });
        } catch (error) {
          reply(response, 200, { error: error instanceof Error ? error.message : String(error) });
        }
        return;
      }
      case '/keyboard': {
        if (!page) {
          reply(response, 503, { error: 'the page is not open yet' });
          return;
        }
        // Real (trusted) key presses into whatever has the focus, as a user would type them.
        if (typeof body.press === 'string') {
          await page.keyboard.press(body.press);
        }
        if (typeof body.type === 'string') {
          await page.keyboard.type(body.type);
        }
        if (typeof body.insert === 'string') {
          await page.keyboard.insertText(body.insert);
        }
        reply(response, 200, {});
        return;
      }
      case '/screenshot': {
        if (!page) {
          reply(response, 503, { error: 'the page is not open yet' });
          return;
        }
        const name = String(body.name ?? 'screenshot').replace(/[^\w.-]+/g, '_');
        const path = join(screenshotDir, name.endsWith('.png') ? name : `${name}.png`);
        await mkdir(screenshotDir, { recursive: true });
        await page.screenshot({ path });
        reply(response, 200, { path });
        return;
      }
      default:
        reply(response, 404, { error: `unknown route ${request.url}` });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    setPage: (value) => { page = value; },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
