// What the configuration means for files (SPEC section 6): whether a corpus-relative path is an
// article, and where its sidecar is. Paths are relative to the corpus root (the folder holding
// annotator.config.yaml), with '/' separators.
//   next to the article:   a/b.txt → a/b.txt.annotations.yaml
//   sidecars: annotations/  a/b.txt → annotations/a/b.txt.annotations.yaml
import { isArticlePath } from '../articlePath';
import { SIDECAR_SUFFIX } from '../sidecar/sidecar';
import type { AnnotatorConfig } from './config';
import { compileGlobs } from './glob';

export interface CorpusLayout {
  /** True when the file is an article of the corpus. */
  isArticle(path: string): boolean;
  /** The sidecar of an article. */
  sidecarPath(articlePath: string): string;
  /** The article a sidecar belongs to, or undefined when the path is not a sidecar of this corpus. */
  articlePath(sidecarPath: string): string | undefined;
  /** The sidecar folder (no trailing '/'), or undefined when sidecars sit next to their articles. */
  readonly sidecarFolder: string | undefined;
}

function plainPath(path: string): boolean {
  const segments = path.split('/');
  const name = segments[segments.length - 1];
  return name !== '' && !name.endsWith(SIDECAR_SUFFIX) && !segments.some((s) => s === '' || s === '.' || s === '..' || s === 'node_modules');
}

export function corpusLayout(config: AnnotatorConfig): CorpusLayout {
  const folder = config.sidecarFolder;
  const folderPrefix = folder === undefined ? undefined : `${folder}/`;
  const included = compileGlobs(config.articles.include);
  const excluded = compileGlobs(config.articles.exclude);
  return {
    sidecarFolder: folder,
    isArticle: (path) => {
      if (folderPrefix !== undefined && path.startsWith(folderPrefix)) return false;
      // Without an `articles` key, exactly the defaults: *.txt (any case) outside node_modules.
      if (!config.articles.declared) return isArticlePath(path);
      return plainPath(path) && included(path) && !excluded(path);
    },
    sidecarPath: (articlePath) => (folderPrefix === undefined ? articlePath : folderPrefix + articlePath) + SIDECAR_SUFFIX,
    articlePath: (sidecarPath) => {
      if (!sidecarPath.endsWith(SIDECAR_SUFFIX)) return undefined;
      const stem = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
      if (folderPrefix === undefined) return stem;
      return stem.startsWith(folderPrefix) && stem.length > folderPrefix.length ? stem.slice(folderPrefix.length) : undefined;
    },
  };
}
