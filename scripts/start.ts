// npm start — a real VS Code (code-server) with the packaged extension and the seed articles,
// running until Ctrl+C. `npm run package` has made the .vsix (the npm script does it first).
//   --port N   port to listen on (default 8642, or ARTICLE_ANNOTATOR_PORT; a free one if taken)
import { join, resolve } from 'node:path';
import { vsixPath } from './check-vsix';
import { freePort, startCodeServer } from './lib/codeServer';
import { ensureHost } from './lib/host';
import { prepareTryHost, TRY_SETTINGS } from './lib/tryHost';
import { remoteAuthority, workbenchUrl } from './lib/workbench';

const root = resolve(__dirname, '..');
const print = (line: string): void => console.log(line);

async function portToUse(): Promise<number> {
  const index = process.argv.indexOf('--port');
  const wanted = Number(index >= 0 ? process.argv[index + 1] : process.env.ARTICLE_ANNOTATOR_PORT ?? 8642);
  const taken = await fetch(`http://127.0.0.1:${wanted}/`).then(() => true, () => false);
  return taken ? freePort() : wanted;
}

async function main(): Promise<void> {
  const host = await ensureHost(print);
  const tryHost = await prepareTryHost(root, host, vsixPath(), print);
  const server = await startCodeServer(host, {
    dirs: tryHost.dirs,
    folder: tryHost.workspace,
    testDriver: false,
    port: await portToUse(),
    settings: TRY_SETTINGS,
    logFile: join(root, '.vscode-host', 'code-server.log'),
  });
  const url = workbenchUrl(server.url, tryHost.workspace, await remoteAuthority(server.url), undefined, tryHost.firstArticle);
  print('');
  print('Article Annotator is running in VS Code (code-server). Open this address in a browser:');
  print('');
  print(`    ${url}`);
  print('');
  print('It opens the first seed article; the others are in seeds-sample/ of the Explorer.');
  print('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = (): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    print('stopping…');
    void server.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
