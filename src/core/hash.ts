// Content hashes without Node's crypto, so the core runs in the browser too.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Hex sha256 of raw bytes (the article file as it is on disk). */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** Hex sha256 of a string's UTF-8 encoding. */
export function sha256OfText(text: string): string {
  return sha256Hex(utf8ToBytes(text));
}
