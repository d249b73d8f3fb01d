// JSON text that no line-splitting reader can cut: JSON.stringify leaves NEL, U+2028 and U+2029 raw,
// and Python's str.splitlines() (and some editors) treat them as line breaks. They only ever occur
// inside JSON strings, where an escape means the same character.
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
