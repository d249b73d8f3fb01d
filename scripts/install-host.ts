// npm run install-host — installs the offline VS Code host (Node 24 + code-server from npm) into
// the cache folder (ARTICLE_ANNOTATOR_HOST_CACHE, default ~/.cache/article-annotator). Idempotent.
import { ensureHost } from './lib/host';

ensureHost((line) => console.log(line)).then((paths) => {
  console.log(`host: ready (code-server in ${paths.codeServerDir})`);
}, (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
