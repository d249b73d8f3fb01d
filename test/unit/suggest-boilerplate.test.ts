import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';

test('site chrome lines are boilerplate and get no suggestions', () => {
  const text = ['Home | News | Sport | Weather', 'Advertisement', 'Fire crews saved the old mill, chief officer Dana Price said on Tuesday.', 'Share this story!', 'Related: Ten mills to visit', '© 2024 Valley Gazette', 'Заголовок материала'].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, ['Home | News | Sport | Weather', 'Advertisement', 'Share this story!', 'Related: Ten mills to visit', '© 2024 Valley Gazette', 'Заголовок материала']);
  for (const s of r.suggestions) for (const b of r.boilerplate) assert.ok(s.end <= b.start || s.start >= b.end, `${s.text} inside chrome`);
  assert.ok(r.suggestions.some((s) => s.label === 'speaker' && s.attrs.name === 'Dana Price'));
});

test('offsets are code points with CRLF line endings and emoji', () => {
  const text = '🔥🔥 Breaking\r\n\r\n“We are safe 🙏,” resident Omar Haddad said.\r\n';
  const r = suggest(text);
  const cps = Array.from(text);
  for (const s of r.suggestions) assert.equal(cps.slice(s.start, s.end).join(''), s.text);
  const speaker = r.suggestions.find((s) => s.label === 'speaker');
  assert.equal(speaker?.text, 'Omar Haddad');
  assert.equal(speaker?.start, cps.indexOf('O'));
  const claim = r.suggestions.find((s) => s.label === 'claim');
  assert.equal(claim?.text, 'We are safe 🙏');
});

test('credit and bio lines at the foot of a story are boilerplate, an update note is not a claim', () => {
  const text = [
    'Orchard growers lose half the cherry crop',
    'Late frost destroyed about half of the cherry blossom in the valley, Ivan Bell said on Friday.',
    'Gazette staff writer Ruth Okafor contributed to this report.',
    'Milan Petrov is a reporter covering agriculture for the Valley Gazette.',
    'Petrov covers farming and food prices in the valley for The Valley Gazette.',
    'Copyright 2024 Valley Gazette. All rights reserved.',
    'This story was updated to correct the size of the harvest.',
  ].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, text.split('\n').slice(2, 6));
  assert.deepEqual(
    r.suggestions.filter((s) => s.label === 'claim').map((s) => s.text),
    ['Late frost destroyed about half of the cherry blossom in the valley'],
  );
});

test('app, newsletter and syndication promos and a footer self-description are chrome, not assertions', () => {
  const text = [
    'Harbour dredging delayed again',
    'Dredging of the Port Wellan channel will start in October, three months late, the harbour board said on Monday.',
    'The board blamed a shortage of barges for the delay, which will cost about £1.2 million.',
    'Catch up on every Coastline Weekly story on your phone: download the Coastline Weekly app.',
    'Sign up to our newsletter',
    'Get the week’s best local reporting straight to your inbox every Sunday.',
    'This page may include material from Reuters, AP and PA Media which is copyrighted and cannot be reproduced.',
    'Coastline Weekly is an independent reader-funded newsroom. We do not take money from advertisers.',
    '© Coastline Weekly 2025',
  ].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, text.split('\n').slice(3));
  assert.deepEqual(
    r.suggestions.filter((s) => s.label === 'claim').map((s) => [s.attrs.kind, s.text]),
    [
      ['indirect', 'Dredging of the Port Wellan channel will start in October, three months late'],
      ['assertion', 'The board blamed a shortage of barges for the delay, which will cost about £1.2 million'],
    ],
  );
});

test('a self-description inside the story body is not chrome', () => {
  const text = [
    'Lighthouse trust wins grant',
    'The Skerry Light Trust is an independent charity that restored the tower in 2019, its chair Moira Bell said on Friday.',
    'The trust received £40,000 from the heritage fund this week, and work on the keeper’s cottage will begin in May.',
  ].join('\n');
  assert.deepEqual(suggest(text).boilerplate, []);
});

test('disclaimers, comment rules, contact lines and ownership notes at the foot are chrome; an appeal for witnesses is no assertion', () => {
  const text = [
    'Bridge closed after lorry strike',
    'The Tarn Bridge was closed on Sunday after a lorry hit its parapet, Cumbria Highways said.',
    'Witnesses with information can call the highways hotline on 0300 123 4567.',
    'Priya Nair covers transport for the Fellside Echo. Contact her at pnair@example.org.',
    'Comments must be civil and on topic. Abusive posts will be removed.',
    'Fellside Echo is not responsible for the content of external sites.',
    'Share prices and quote data provided by ExampleFeed. Indices are shown in real time, except where stated.',
    'Fellside Echo is owned by Northfold Media Ltd.',
  ].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, text.split('\n').slice(3));
  assert.deepEqual(
    r.suggestions.filter((s) => s.label === 'claim').map((s) => s.text),
    ['The Tarn Bridge was closed on Sunday after a lorry hit its parapet'],
  );
});

test('a newsroom tip-line promo and the link lists under "Most Read" after the story are chrome, with no dates or claims', () => {
  const text = [
    'Ferry timetable cut for the winter',
    'The Kessock ferry will run four sailings a day from next month, the operator said on Monday.',
    'Councillors said the cut would leave shift workers stranded.',
    'The operator blamed a shortage of deckhands and said it hoped to restore the service soon.',
    'Follow Highland Desk on Facebook and Instagram. Send your story ideas to news@example.org or via WhatsApp on 0800 000 0000.',
    'Most Read',
    'Storms expected Friday as weekend turns colder',
    'Museum to reopen next month after roof repairs',
    'Popular Now',
    'The best walking boots of 2027',
  ].join('\n');
  const r = suggest(text, { reference: '2027-10-06' });
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, text.split('\n').slice(4));
  assert.deepEqual(
    r.suggestions.filter((s) => s.label === 'date').map((s) => s.text),
    ['next month', 'on Monday'],
  );
});

test('a "Top Stories" menu above the headline leaves the headline alone', () => {
  const text = ['Top Stories', 'Village hall saved by late bid', 'A community group has bought the village hall, the parish council said.'].join('\n');
  const chrome = suggest(text).boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.ok(!chrome.includes('Village hall saved by late bid'));
});

test('a player\'s "▶ WATCH:" link with its running time and a "Listen to this article 04:12" caption are chrome, not dates', () => {
  const text = ['Mill fire', '3 June 2025', '▶ WATCH: Crews describe the blaze at the old mill', '02:37', '', 'Fire crews saved the old mill on Sunday, chief officer Dana Price said.', 'Listen to this article 05:09', 'The roof will be rebuilt next year.'].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, ['▶ WATCH: Crews describe the blaze at the old mill', '02:37', 'Listen to this article 05:09']);
  assert.deepEqual(r.suggestions.filter((s) => s.label === 'date').map((s) => s.text), ['3 June 2025', 'on Sunday', 'next year']);
});

test('the headlines under "Related releases" or "Related fact checks" after the story are chrome, with no dates', () => {
  const text = ['Ferry fares to rise', '2 April 2025', '', 'The operator said on Tuesday that fares would rise in June.', 'Passenger groups said the rise was steep and asked the council to step in.', 'The council said it would review the contract.', '', 'Related fact checks', 'No, ferry fares have not doubled since 2019', 'Timetable changes from Monday'].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, ['Related fact checks', 'No, ferry fares have not doubled since 2019', 'Timetable changes from Monday']);
  assert.deepEqual(r.suggestions.filter((s) => s.label === 'date').map((s) => s.text), ['2 April 2025', 'on Tuesday', 'June']);
});

test('a market-data delay notice at the foot ("quotes delayed by at least 20 minutes") is chrome, not an assertion', () => {
  const text = [
    'Copper miner lifts output',
    'Redfell Mining raised its output forecast on Monday, sending its shares up 6%.',
    'Prices delayed by at least 20 minutes.',
    'Data is a real-time snapshot. Market data is delayed at least 20 minutes.',
  ].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, text.split('\n').slice(2));
  assert.deepEqual(
    r.suggestions.filter((s) => s.label === 'claim').map((s) => s.text),
    ['Redfell Mining raised its output forecast on Monday, sending its shares up 6%'],
  );
});

test('a paywall appeal, a funder\'s disclaimer and a comment-section disclaimer are chrome, not assertions', () => {
  const text = [
    'Tram depot to close',
    'The city will close the Eastgate tram depot in 2027, transport officer Lina Moretti said on Monday.',
    'Independent journalism costs money. Support the Gazette from £2 a month.',
    'Our science desk receives funding from the Halvard Trust. The Gazette is solely responsible for all content.',
    'Views expressed here do not necessarily reflect those of the Valley Gazette or its staff.',
  ].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, text.split('\n').slice(2));
  assert.ok(!r.suggestions.some((s) => s.label === 'claim' && s.attrs.kind === 'assertion' && /Gazette|Halvard/.test(s.text)));
});

test('a labelled video link ("📺 Watch now: …", "🎥 Video: \\"…\\" – …") is chrome, its quotation no claim', () => {
  const text = [
    'Valley floods',
    'The river rose two metres overnight and 300 homes were evacuated on Sunday.',
    '📺 Watch now: Kayakers paddle down the high street',
    '🎥 Video: "We lost everything in an hour" – shopkeepers begin the clean-up',
  ].join('\n');
  const r = suggest(text);
  const chrome = r.boilerplate.map((b) => Array.from(text).slice(b.start, b.end).join(''));
  assert.deepEqual(chrome, text.split('\n').slice(2));
  assert.ok(!r.suggestions.some((s) => s.label === 'claim' && s.text.includes('lost everything')));
});
