// Sidecars are UTF-8. One that is not (saved by an editor in Latin-1, say) is reported, never read
// with replacement characters: those would end up in a dataset or overwrite the user's bytes.

export class SidecarNotUtf8Error extends Error {
  constructor(readonly path: string) {
    super(`${path} is not valid UTF-8 text`);
    this.name = 'SidecarNotUtf8Error';
  }
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** The sidecar's text; throws SidecarNotUtf8Error when its bytes are not UTF-8. */
export function decodeSidecarBytes(path: string, bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    throw new SidecarNotUtf8Error(path);
  }
}
