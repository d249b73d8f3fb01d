// Glob patterns of the team configuration (SPEC section 6), matched against corpus-relative paths
// with '/' separators. Pure, so the CLI and the extension match exactly alike:
//   `*` any characters of one path segment, `?` one character (never '/'),
//   `**` as a whole segment: zero or more segments, `[abc]` `[a-z]` `[!a]` one character of a set,
//   `{a,b}` alternatives (nestable). Matching is case-sensitive and anchored at the corpus root:
//   `*.txt` matches only top-level files, `**/*.txt` matches at any depth.

/** One sentence saying why a pattern cannot be used, or undefined when it is fine. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'a glob must not be empty';
  if (pattern.startsWith('/')) return `"${pattern}" starts with "/": globs are relative to the corpus root (write "${pattern.replace(/^\/+/, '')}")`;
  if (pattern.includes('\\')) return `"${pattern}" contains "\\": separate folders with "/"`;
  if (pattern.split('/').includes('..')) return `"${pattern}" contains "..": globs cannot leave the corpus root`;
  let depth = 0;
  let inClass = false;
  for (const ch of pattern) {
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '{') depth++;
    else if (ch === '}') {
      if (--depth < 0) return `"${pattern}" has a "}" without its "{"`;
    }
  }
  if (inClass) return `"${pattern}" has a "[" without its "]"`;
  if (depth > 0) return `"${pattern}" has a "{" without its "}"`;
  return undefined;
}

function escapeRegExp(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Splits `a,b{c,d},e` at the top-level commas of a brace group's body. */
function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** The regular-expression source of a pattern (no anchors). */
function translate(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        let j = i;
        while (pattern[j] === '*') j++;
        const atSegmentEnd = j === pattern.length || pattern[j] === '/';
        if (atSegmentStart && atSegmentEnd) {
          if (j === pattern.length) {
            out += '.*'; // `a/**`: everything below a
          } else {
            out += '(?:[^/]*/)*'; // `**/`: zero or more whole segments
            j++;
          }
          i = j;
          continue;
        }
        i = j; // `a**b` is `a*b`
        out += '[^/]*';
        continue;
      }
      out += '[^/]*';
      i++;
    } else if (ch === '?') {
      out += '[^/]';
      i++;
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        i++;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, (c) => `\\${c}`)}]`;
      i = close + 1;
    } else if (ch === '{') {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        if (pattern[j] === '{') depth++;
        else if (pattern[j] === '}' && --depth === 0) break;
      }
      if (j >= pattern.length) {
        out += '\\{';
        i++;
        continue;
      }
      out += `(?:${splitAlternatives(pattern.slice(i + 1, j)).map(translate).join('|')})`;
      i = j + 1;
    } else {
      out += escapeRegExp(ch);
      i++;
    }
  }
  return out;
}

/** A matcher for one pattern; `path` is corpus-relative with '/' separators. */
export function compileGlob(pattern: string): (path: string) => boolean {
  const re = new RegExp(`^${translate(pattern.replace(/\/+$/, '/**'))}$`, 'u');
  return (path) => re.test(path);
}

/** A matcher that is true when any of the patterns matches. */
export function compileGlobs(patterns: readonly string[]): (path: string) => boolean {
  const matchers = patterns.map(compileGlob);
  return (path) => matchers.some((m) => m(path));
}
