// The team configuration `annotator.config.yaml` at the corpus root (SPEC section 6): which files are
// articles, where sidecars go, and the labels (the three built-ins, restylable, plus the project's
// own, with colours, shortcuts and attributes). Parsing never throws: problems are diagnostics with
// positions, and an invalid file yields the defaults so nothing is annotated against a broken setup.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { diagnosticAt, type TextDiagnostic } from '../textDiagnostic';
import type { Node, YAMLMap } from 'yaml';
import { BUILTIN_LABELS } from '../model';
import { globProblem } from './glob';

export const CONFIG_FILE = 'annotator.config.yaml';

/** A project attribute of a label; `values` (when given) are the only ones offered and accepted. */
export interface AttributeSpec {
  name: string;
  values?: string[];
}

export interface LabelSpec {
  name: string;
  /** speaker, date or claim: always there, may be recoloured, never removed. */
  builtin: boolean;
  /** `#rgb` or `#rrggbb`; undefined: the theme colour (built-ins) or a colour picked for it. */
  color?: string;
  /** One letter or digit: typing it in the label picker picks the label. */
  shortcut?: string;
  description?: string;
  attributes: AttributeSpec[];
}

export interface AnnotatorConfig {
  /** False for the defaults (no config file). */
  fromFile: boolean;
  articles: {
    include: string[];
    exclude: string[];
    /** False when the file has no `articles` key: then the defaults apply exactly as without a file. */
    declared: boolean;
  };
  /** Folder (corpus-relative, no trailing '/') that holds the sidecars, or undefined: next to each article. */
  sidecarFolder?: string;
  /** Built-ins first (speaker, date, claim), then the project's labels in file order. */
  labels: LabelSpec[];
}

/** A problem in the config text. */
export type ConfigDiagnostic = TextDiagnostic;

export interface ConfigParse {
  /** False when the file has errors: `config` is then the defaults. */
  ok: boolean;
  config: AnnotatorConfig;
  diagnostics: ConfigDiagnostic[];
}

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.txt'];
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**'];
export const NEXT_TO_ARTICLE = 'next-to-article';

function builtinLabels(): LabelSpec[] {
  return BUILTIN_LABELS.map((name) => ({ name, builtin: true, attributes: [] }));
}

/** What applies without a config file: the three labels over `**∕*.txt` outside `node_modules`. */
export function defaultConfig(): AnnotatorConfig {
  return { fromFile: false, articles: { include: [...DEFAULT_INCLUDE], exclude: [...DEFAULT_EXCLUDE], declared: false }, labels: builtinLabels() };
}

export function isBuiltinLabel(name: string): boolean {
  return (BUILTIN_LABELS as readonly string[]).includes(name);
}

export function labelNames(config: AnnotatorConfig): string[] {
  return config.labels.map((l) => l.name);
}

export function labelSpec(config: AnnotatorConfig, name: string): LabelSpec | undefined {
  return config.labels.find((l) => l.name === name);
}

const COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const LABEL_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const ATTRIBUTE_NAME = /^[A-Za-z_][\w-]*$/;
const SHORTCUT = /^[a-z0-9]$/;
const TOP_KEYS = ['version', 'articles', 'sidecars', 'labels'];
const ARTICLE_KEYS = ['include', 'exclude'];
const LABEL_KEYS = ['name', 'color', 'colour', 'shortcut', 'description', 'attributes', 'enabled'];
const ATTRIBUTE_KEYS = ['name', 'values'];

function keyOf(pair: { key: unknown }): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

class Checker {
  readonly diagnostics: ConfigDiagnostic[] = [];

  constructor(
    private readonly lines: LineCounter,
    private readonly textLength: number,
  ) {}

  at(start: number, end: number, message: string, severity: 'error' | 'warning'): void {
    this.diagnostics.push(diagnosticAt(this.lines, start, end, message, severity));
  }

  report(node: Node | null | undefined, message: string, severity: 'error' | 'warning' = 'error'): void {
    const range = node?.range;
    if (range) this.at(range[0], range[1], message, severity);
    else this.at(0, Math.min(this.textLength, 1), message, severity);
  }

  get failed(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  child(map: YAMLMap, key: string): Node | undefined {
    const pair = map.items.find((p) => keyOf(p) === key);
    return (pair?.value as Node | null | undefined) ?? undefined;
  }

  /** Unknown keys are kept (a newer version may know them) but pointed out. */
  unknownKeys(map: YAMLMap, known: readonly string[], where: string): void {
    for (const pair of map.items) {
      const key = keyOf(pair);
      if (typeof key === 'string' && known.includes(key)) continue;
      this.report(pair.key as Node, `Unknown key "${String(key)}" in ${where} (ignored; known keys: ${known.filter((k) => k !== 'colour').join(', ')}).`, 'warning');
    }
  }

  string(node: Node | undefined, what: string): string | undefined {
    if (node === undefined) return undefined;
    if (!isScalar(node) || typeof node.value !== 'string') {
      this.report(node, `${what} must be a string.`);
      return undefined;
    }
    return node.value;
  }

  /** A string or a list of strings. */
  strings(node: Node | undefined, what: string): { node: Node; value: string }[] | undefined {
    if (node === undefined) return undefined;
    const items = isSeq(node) ? (node.items as Node[]) : [node];
    const out: { node: Node; value: string }[] = [];
    for (const item of items) {
      if (!isScalar(item) || typeof item.value !== 'string') {
        this.report(item, `${what} must be a string${isSeq(node) ? '' : ' or a list of strings'}; quote it if it is a number or starts with * or {.`);
        continue;
      }
      out.push({ node: item, value: item.value });
    }
    return out;
  }
}

function checkGlobs(c: Checker, node: Node | undefined, what: string): string[] | undefined {
  const items = c.strings(node, what);
  if (items === undefined) return undefined;
  const out: string[] = [];
  for (const { node: item, value } of items) {
    const problem = globProblem(value);
    if (problem) c.report(item, `${what}: ${problem}.`);
    else out.push(value);
  }
  return out;
}

function checkArticles(c: Checker, node: Node | undefined, config: AnnotatorConfig): void {
  if (node === undefined) return;
  if (!isMap(node)) {
    c.report(node, '"articles" must be a map with "include" and/or "exclude" globs.');
    return;
  }
  c.unknownKeys(node, ARTICLE_KEYS, '"articles"');
  const include = checkGlobs(c, c.child(node, 'include'), 'A glob of articles.include');
  const exclude = checkGlobs(c, c.child(node, 'exclude'), 'A glob of articles.exclude');
  config.articles = { include: include ?? [...DEFAULT_INCLUDE], exclude: exclude ?? [...DEFAULT_EXCLUDE], declared: true };
  if (include !== undefined && include.length === 0 && !c.failed) c.report(c.child(node, 'include'), 'articles.include lists no glob: no file would be an article.');
}

function checkSidecars(c: Checker, node: Node | undefined, config: AnnotatorConfig): void {
  if (node === undefined) return;
  const value = c.string(node, `"sidecars" (${NEXT_TO_ARTICLE} or a folder such as annotations/)`);
  if (value === undefined || value === NEXT_TO_ARTICLE) return;
  const folder = value.trim().replace(/^\.\/+/, '').replace(/\/+$/, '');
  const segments = folder.split('/');
  if (folder === '' || folder === '.') {
    c.report(node, `"sidecars" must be ${NEXT_TO_ARTICLE} or a folder inside the corpus, such as annotations/.`);
  } else if (value.startsWith('/') || /^[A-Za-z]:/.test(value) || folder.includes('\\')) {
    c.report(node, `"sidecars" must be a folder relative to the corpus root with "/" separators, such as annotations/ (not "${value}").`);
  } else if (segments.some((s) => s === '..' || s === '.' || s === '' || /[*?[\]{}]/.test(s))) {
    c.report(node, `"sidecars" must be a plain folder inside the corpus (no "..", no glob characters), not "${value}".`);
  } else if (segments.includes('node_modules')) {
    c.report(node, '"sidecars" cannot be inside node_modules: it is never read.');
  } else {
    config.sidecarFolder = folder;
  }
}

function checkAttributes(c: Checker, node: Node | undefined, label: string): AttributeSpec[] {
  if (node === undefined) return [];
  if (!isSeq(node)) {
    c.report(node, `"attributes" of ${label} must be a list of { name, values }.`);
    return [];
  }
  const out: AttributeSpec[] = [];
  for (const item of node.items as Node[]) {
    if (!isMap(item)) {
      c.report(item, `Each attribute of ${label} must be a map with a "name" (and optional "values").`);
      continue;
    }
    c.unknownKeys(item, ATTRIBUTE_KEYS, `an attribute of ${label}`);
    const nameNode = c.child(item, 'name');
    const name = c.string(nameNode, `The attribute "name" of ${label}`);
    if (nameNode === undefined) c.report(item, `An attribute of ${label} has no "name".`);
    if (name === undefined) continue;
    if (!ATTRIBUTE_NAME.test(name)) {
      c.report(nameNode, `"${name}" is not an attribute name (letters, digits, - and _, not starting with a digit).`);
      continue;
    }
    if (out.some((a) => a.name === name)) {
      c.report(nameNode, `The attribute "${name}" of ${label} is declared twice.`);
      continue;
    }
    const valuesNode = c.child(item, 'values');
    let values: string[] | undefined;
    if (valuesNode !== undefined) {
      if (!isSeq(valuesNode)) c.report(valuesNode, `"values" of ${label}.${name} must be a list.`);
      else {
        values = [];
        for (const v of valuesNode.items as Node[]) {
          if (!isScalar(v) || v.value === null || typeof v.value === 'object') c.report(v, `A value of ${label}.${name} must be a plain value.`);
          else if (values.includes(String(v.value))) c.report(v, `The value "${String(v.value)}" of ${label}.${name} is listed twice.`, 'warning');
          else values.push(String(v.value));
        }
        if (values.length === 0) values = undefined;
      }
    }
    out.push(values ? { name, values } : { name });
  }
  return out;
}

function checkLabels(c: Checker, node: Node | undefined, config: AnnotatorConfig): void {
  if (node === undefined) return;
  if (!isSeq(node)) {
    c.report(node, '"labels" must be a list of labels, each with a "name".');
    return;
  }
  const labels = builtinLabels();
  const seen = new Set<string>();
  const shortcuts = new Map<string, string>();
  for (const item of node.items as Node[]) {
    if (!isMap(item)) {
      c.report(item, 'Each label must be a map with a "name" (and optional color, shortcut, description, attributes).');
      continue;
    }
    const nameNode = c.child(item, 'name');
    const name = c.string(nameNode, 'A label "name"');
    if (nameNode === undefined) c.report(item, 'A label has no "name".');
    if (name === undefined) continue;
    if (!LABEL_NAME.test(name)) {
      c.report(nameNode, `"${name}" is not a label name: use letters, digits, - and _, starting with a letter.`);
      continue;
    }
    if (seen.has(name)) {
      c.report(nameNode, `The label "${name}" is declared twice.`);
      continue;
    }
    seen.add(name);
    const where = `the label ${name}`;
    c.unknownKeys(item, LABEL_KEYS, where);
    const builtin = isBuiltinLabel(name);
    const enabledNode = c.child(item, 'enabled');
    if (enabledNode !== undefined) {
      if (!isScalar(enabledNode) || typeof enabledNode.value !== 'boolean') c.report(enabledNode, `"enabled" of ${where} must be true or false.`);
      else if (enabledNode.value === false && builtin) {
        c.report(enabledNode, `${name} is a built-in label and cannot be removed (speaker, date and claim are always there); restyle it instead.`);
        continue;
      } else if (enabledNode.value === false) {
        continue; // a project label switched off: as if it were not declared
      }
    }
    const spec: LabelSpec = builtin ? labels.find((l) => l.name === name)! : { name, builtin: false, attributes: [] };
    const colorNode = c.child(item, 'color') ?? c.child(item, 'colour');
    if (colorNode !== undefined && isScalar(colorNode) && colorNode.value === null) {
      c.report(colorNode, `"color" of ${where} is empty: a # starts a YAML comment, so quote the colour: "#1f77b4".`);
    } else {
      const color = c.string(colorNode, `"color" of ${where}`);
      if (color !== undefined && COLOR.test(color)) spec.color = color.toLowerCase();
      else if (color !== undefined) c.report(colorNode, `"${color}" is not a colour: write #rgb or #rrggbb, e.g. "#1f77b4" (quote it: # starts a YAML comment).`);
    }
    const shortcutNode = c.child(item, 'shortcut');
    const shortcutRaw = shortcutNode !== undefined && isScalar(shortcutNode) && typeof shortcutNode.value === 'number' ? String(shortcutNode.value) : c.string(shortcutNode, `"shortcut" of ${where}`);
    if (shortcutRaw !== undefined) {
      const shortcut = shortcutRaw.toLowerCase();
      if (!SHORTCUT.test(shortcut)) c.report(shortcutNode, `The shortcut of ${where} must be one letter or digit, not "${shortcutRaw}".`);
      else if (shortcuts.has(shortcut)) c.report(shortcutNode, `The shortcut "${shortcut}" of ${where} is already the shortcut of ${shortcuts.get(shortcut)}.`);
      else {
        shortcuts.set(shortcut, name);
        spec.shortcut = shortcut;
      }
    }
    const description = c.string(c.child(item, 'description'), `"description" of ${where}`);
    if (description !== undefined) spec.description = description;
    const attributesNode = c.child(item, 'attributes');
    if (builtin && attributesNode !== undefined) {
      c.report(attributesNode, `The attributes of the built-in ${name} are fixed (SPEC section 2); these are ignored.`, 'warning');
    } else {
      spec.attributes = checkAttributes(c, attributesNode, name);
    }
    if (!builtin) labels.push(spec);
  }
  config.labels = labels;
}

/** Parses and checks `annotator.config.yaml`. Bad data is a value with diagnostics, never an exception. */
export function parseConfig(text: string): ConfigParse {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const c = new Checker(lines, text.length);
  for (const error of doc.errors) c.at(error.pos[0], error.pos[1], `Invalid YAML: ${error.message.split('\n')[0]}`, 'error');
  for (const warning of doc.warnings) c.at(warning.pos[0], warning.pos[1], `YAML: ${warning.message.split('\n')[0]}`, 'warning');
  const config: AnnotatorConfig = { ...defaultConfig(), fromFile: true };
  if (doc.errors.length === 0) {
    const root = doc.contents as Node | null;
    if (root !== null && !(isScalar(root) && root.value === null)) {
      if (!isMap(root)) c.report(root, 'The configuration must be a map (version, articles, sidecars, labels).');
      else {
        c.unknownKeys(root, TOP_KEYS, 'the configuration');
        const version = c.child(root, 'version');
        if (version !== undefined && !(isScalar(version) && version.value === 1)) c.report(version, '"version" must be 1: this configuration was written for another version of Article Annotator.');
        checkArticles(c, c.child(root, 'articles'), config);
        checkSidecars(c, c.child(root, 'sidecars'), config);
        checkLabels(c, c.child(root, 'labels'), config);
      }
    }
  }
  const ok = !c.failed;
  return { ok, config: ok ? config : defaultConfig(), diagnostics: c.diagnostics };
}

/** The attribute values that are not among those the configuration declares (an empty value is "not set", never one). */
export function undeclaredValues(spec: LabelSpec | undefined, attrs: Readonly<Record<string, string>> | undefined): { attr: AttributeSpec & { values: string[] }; value: string }[] {
  const out: { attr: AttributeSpec & { values: string[] }; value: string }[] = [];
  for (const attr of spec?.attributes ?? []) {
    const value = attrs?.[attr.name];
    if (value !== undefined && value !== '' && attr.values !== undefined && !attr.values.includes(value)) out.push({ attr: { ...attr, values: attr.values }, value });
  }
  return out;
}

/** One sentence when an attribute value is not among the values the configuration declares for it. */
export function declaredValueProblem(spec: LabelSpec | undefined, attrs: Readonly<Record<string, string>>): string | undefined {
  const [first] = undeclaredValues(spec, attrs);
  return first === undefined ? undefined : `The ${first.attr.name} of ${spec!.name} is one of ${first.attr.values.join(', ')}, not “${first.value}” (annotator.config.yaml).`;
}
