// annotator.config.yaml (SPEC section 6): parsing, errors with their line and column, defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, labelNames, labelSpec, parseConfig } from '../../src/core/config/config';
import type { ConfigDiagnostic } from '../../src/core/config/config';

const EXAMPLE = `# annotator.config.yaml
version: 1
articles:
  include: ["**/*.txt"]
  exclude: ["**/node_modules/**", "dataset/**"]
sidecars: annotations/
labels:
  - name: speaker
    color: "#1F77B4"
    shortcut: s
  - name: organisation
    color: "#9467bd"
    shortcut: o
    description: A company, a ministry, an NGO
    attributes:
      - name: type
        values: [company, government, ngo]
`;

function only(diagnostics: ConfigDiagnostic[], severity: 'error' | 'warning'): ConfigDiagnostic[] {
  return diagnostics.filter((d) => d.severity === severity);
}

test('the documented example is read: globs, sidecar folder, built-ins restyled and a project label with attributes', () => {
  const r = parseConfig(EXAMPLE);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.ok, true);
  assert.equal(r.config.fromFile, true);
  assert.deepEqual(r.config.articles, { include: ['**/*.txt'], exclude: ['**/node_modules/**', 'dataset/**'], declared: true });
  assert.equal(r.config.sidecarFolder, 'annotations');
  assert.deepEqual(labelNames(r.config), ['speaker', 'date', 'claim', 'organisation']);
  assert.deepEqual(labelSpec(r.config, 'speaker'), { name: 'speaker', builtin: true, attributes: [], color: '#1f77b4', shortcut: 's' });
  assert.deepEqual(labelSpec(r.config, 'organisation'), {
    name: 'organisation',
    builtin: false,
    attributes: [{ name: 'type', values: ['company', 'government', 'ngo'] }],
    color: '#9467bd',
    shortcut: 'o',
    description: 'A company, a ministry, an NGO',
  });
});

test('no file, an empty file and a file without keys all serve the three labels over **/*.txt outside node_modules', () => {
  const none = defaultConfig();
  assert.equal(none.fromFile, false);
  assert.deepEqual(labelNames(none), ['speaker', 'date', 'claim']);
  assert.deepEqual(none.articles, { include: ['**/*.txt'], exclude: ['**/node_modules/**'], declared: false });
  assert.equal(none.sidecarFolder, undefined);
  for (const text of ['', '# only a comment\n', 'version: 1\n']) {
    const r = parseConfig(text);
    assert.equal(r.ok, true, text);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(labelNames(r.config), ['speaker', 'date', 'claim']);
    assert.equal(r.config.articles.declared, false);
    assert.equal(r.config.fromFile, true);
  }
  assert.equal(parseConfig('sidecars: next-to-article\n').config.sidecarFolder, undefined);
  assert.equal(parseConfig('sidecars: ./data/sidecars//\n').config.sidecarFolder, 'data/sidecars');
});

test('unknown keys are kept as warnings at their place; the configuration still applies', () => {
  const r = parseConfig('version: 1\ntheme: dark\nlabels:\n  - name: topic\n    colour: "#abc"\n    hotkey: t\n');
  assert.equal(r.ok, true);
  const warnings = only(r.diagnostics, 'warning');
  assert.equal(warnings.length, 2);
  assert.match(warnings[0].message, /Unknown key "theme"/);
  assert.deepEqual([warnings[0].line, warnings[0].column], [1, 0]);
  assert.match(warnings[1].message, /Unknown key "hotkey" in the label topic/);
  assert.deepEqual([warnings[1].line, warnings[1].column], [5, 4]);
  assert.equal(labelSpec(r.config, 'topic')?.color, '#abc', 'the British spelling "colour" is accepted');
});

test('each kind of error points at the offending value; an invalid file yields the defaults', () => {
  const cases: Array<[string, RegExp, number, number]> = [
    ['labels:\n  - name: topic\n    color: blue\n', /"blue" is not a colour/, 2, 11],
    ['labels:\n  - name: topic\n    color: #123456\n', /quote the colour/, 2, 11],
    ['labels:\n  - name: topic\n  - name: topic\n', /"topic" is declared twice/, 2, 10],
    ['labels:\n  - name: date\n    enabled: false\n', /date is a built-in label and cannot be removed/, 2, 13],
    ['articles:\n  include: ["**/*.txt", 3]\n', /must be a string/, 1, 24],
    ['articles:\n  exclude:\n    - dataset/**\n    - [nested]\n', /must be a string/, 3, 6],
    ['articles:\n  include: "/abs/*.txt"\n', /relative to the corpus root/, 1, 11],
    ['articles:\n  include: "{a,b.txt"\n', /without its "}"/, 1, 11],
    ['sidecars: ../elsewhere\n', /plain folder inside the corpus/, 0, 10],
    ['sidecars: 3\n', /must be a string/, 0, 10],
    ['version: 2\n', /"version" must be 1/, 0, 9],
    ['labels:\n  - name: "two words"\n', /not a label name/, 1, 10],
    ['labels:\n  - name: a\n    shortcut: x\n  - name: b\n    shortcut: X\n', /already the shortcut of a/, 4, 14],
    ['labels:\n  - name: a\n    shortcut: ab\n', /one letter or digit/, 2, 14],
    ['labels:\n  - name: a\n    attributes:\n      - name: t\n      - name: t\n', /"t" of a is declared twice/, 4, 14],
    ['labels: speaker\n', /must be a list/, 0, 8],
    ['labels:\n  - name: a\n  bad: [\n', /Invalid YAML/, 2, 0],
  ];
  for (const [text, message, line, column] of cases) {
    const r = parseConfig(text);
    assert.equal(r.ok, false, text);
    const errors = only(r.diagnostics, 'error');
    assert.ok(errors.length >= 1, text);
    assert.match(errors[0].message, message, text);
    assert.deepEqual([errors[0].line, errors[0].column], [line, column], `${text} → ${errors[0].message}`);
    assert.deepEqual(labelNames(r.config), ['speaker', 'date', 'claim']);
    assert.equal(r.config.fromFile, false);
  }
});

test('attributes of a built-in label are fixed: a warning, not an error', () => {
  const r = parseConfig('labels:\n  - name: claim\n    color: "#ff0000"\n    attributes:\n      - name: topic\n');
  assert.equal(r.ok, true);
  assert.match(only(r.diagnostics, 'warning')[0].message, /attributes of the built-in claim are fixed/);
  assert.deepEqual(labelSpec(r.config, 'claim'), { name: 'claim', builtin: true, attributes: [], color: '#ff0000' });
});

test('a project label switched off is as if it were not declared', () => {
  const r = parseConfig('labels:\n  - name: topic\n    enabled: false\n  - name: place\n');
  assert.equal(r.ok, true);
  assert.deepEqual(labelNames(r.config), ['speaker', 'date', 'claim', 'place']);
});

test('schemas/annotator.config.schema.json (editor completion) agrees with the check on structure', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { parse } = await import('yaml');
  // ajv (draft-07) is installed with @vscode/vsce; an independent check of the JSON schema.
  const Ajv = (await import('ajv')).default as unknown as new (o: object) => { compile(s: object): (v: unknown) => boolean };
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/annotator.config.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const cases = [
    EXAMPLE,
    'sidecars: next-to-article\n',
    'articles:\n  include: "**/*.txt"\n',
    'labels:\n  - name: topic\n    colour: "#abc"\n    shortcut: "7"\n',
    'version: 2\n',
    'labels:\n  - name: topic\n    color: blue\n',
    'labels:\n  - color: "#abc"\n',
    'labels:\n  - name: "two words"\n',
    'articles:\n  include: ["**/*.txt", 3]\n',
    'sidecars: ../elsewhere\n',
    'sidecars: /abs\n',
    'sidecars: 3\n',
    'labels:\n  - name: a\n    shortcut: ab\n',
    'labels:\n  - name: a\n    attributes:\n      - values: [x]\n',
  ];
  for (const text of cases) assert.equal(validate(parse(text)), parseConfig(text).ok, text);
});
