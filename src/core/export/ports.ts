// Ports of the exporter: the corpus it reads and the folder it writes. The CLI implements them with
// Node's fs, the extension with vscode.workspace.fs, tests with real temporary folders.

/** One article file: its path relative to the corpus root ('/' separators) and its raw bytes. */
export interface CorpusArticle {
  path: string;
  bytes: Uint8Array;
  /** Hex sha256 of the bytes when the adapter has a faster hash at hand; computed in the core otherwise. */
  sha256?: string;
  /**
   * Set, with empty bytes, when the file was listed but is gone when its turn comes (deleted or
   * moved while the run went on): one sentence saying why. The run reports the article and goes on
   * with the others.
   */
  unreadable?: string;
}

/** The sentence for an article that was listed but is gone when its turn comes. */
export const VANISHED_ARTICLE = 'it was deleted or moved after the corpus was listed; run again to include it if it is back';

export interface CorpusReader {
  /** Every article, in a stable order (sorted by path), one at a time. */
  articles(): AsyncIterable<CorpusArticle>;
  /** The sidecar text of an article (its path as given by `articles()`), or undefined when there is none. */
  readSidecar(articlePath: string): Promise<string | undefined>;
}

/** A file being written; chunks are appended in order. */
export interface OutputFile {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/** The destination folder. Paths are relative to it, '/' separators; missing folders are created. */
export interface ExportWriter {
  create(relativePath: string): Promise<OutputFile>;
}

/** Writes a whole file at once. */
export async function writeWholeFile(writer: ExportWriter, relativePath: string, content: string): Promise<void> {
  const file = await writer.create(relativePath);
  await file.write(content);
  await file.close();
}
