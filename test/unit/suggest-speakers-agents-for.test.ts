import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairs } from './suggestQueries';

test('"Ms Varley\'s family said" is the family, named after the person\'s full name, and "they" after it is the family too', () => {
  const text = [
    'Climber found safe',
    '',
    'Climber Nadia Varley, 34, was found alive on Ben Nevis on Sunday after two nights on the mountain.',
    '',
    'In a statement issued through the mountain rescue team, Ms Varley\'s family said they were "overjoyed". "We cannot thank the volunteers enough," they added.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Varley\'s family', 'family of Nadia Varley'],
    ['they', 'family of Nadia Varley'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind !== 'assertion').map(([c, , who]) => [c, who]), [
    ['they were "overjoyed"', 'family of Nadia Varley'],
    ['We cannot thank the volunteers enough', 'family of Nadia Varley'],
  ]);
});

test('"Lawyers for X said" is the lawyers, named after whom they act for: a firm by its full name, a body as written, a person by full name', () => {
  const text = [
    'Stadium deal in court',
    '',
    'Quayside Holdings, the developer, and footballer Remi Okonjo are suing the city over the stadium lease.',
    '',
    'Lawyers for Quayside said in a letter to the council that the lease had been "torn up without warning".',
    '',
    'Lawyers for the city said the council had followed every step of the tender process.',
    '',
    'Lawyers for Okonjo said he had paid his share of the deposit.',
  ].join('\n') + '\n';
  const p = pairs(text);
  assert.deepEqual(p.speakers, [
    ['Lawyers for Quayside', 'lawyers for Quayside Holdings'],
    ['Lawyers for the city', 'lawyers for the city'],
    ['Lawyers for Okonjo', 'lawyers for Remi Okonjo'],
  ]);
  assert.deepEqual(p.claims.filter(([, kind]) => kind !== 'assertion').map(([, , who]) => who), [
    'lawyers for Quayside Holdings',
    'lawyers for the city',
    'lawyers for Remi Okonjo',
  ]);
});
