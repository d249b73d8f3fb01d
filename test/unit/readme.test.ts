// The README's reference tables list every command and setting the extension contributes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const contributes = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string; title: string }[]; configuration: { properties: Record<string, unknown> } };
}).contributes;

test('README lists every contributed command with its title and id', () => {
  const missing = contributes.commands
    .filter(({ command, title }) => !readme.split('\n').some((line) => line.includes(`\`${command}\``) && line.includes(title)))
    .map(({ command, title }) => `${title} (${command})`);
  assert.deepEqual(missing, [], 'add these to the table "Reference: commands and settings" of README.md');
});

test('README lists every setting', () => {
  const missing = Object.keys(contributes.configuration.properties).filter((key) => !readme.includes(`\`${key}\``));
  assert.deepEqual(missing, [], 'add these to the settings table of README.md');
});
