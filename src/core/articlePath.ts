// Which files are articles: `*.txt` outside `node_modules` (SPEC section 6 defaults), never a
// sidecar. Paths are relative to the workspace folder, with `/` separators.

export function isArticlePath(relativePath: string): boolean {
  const segments = relativePath.split('/');
  const name = segments[segments.length - 1] ?? '';
  if (!name.toLowerCase().endsWith('.txt') || name.length <= 4) {
    return false;
  }
  return !segments.some((segment) => segment === 'node_modules' || segment === '..' || segment === '');
}
