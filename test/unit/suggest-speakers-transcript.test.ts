import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggest } from '../../src/core/suggest/suggest';
import { of, speakerOf } from './suggestQueries';

test('a radio transcript with turns in capitals: the answering label speaks, the host asks', () => {
  const text = [
    'Farm prices: the view from the valley',
    '',
    'Host Megan Doyle spoke to Ingrid Halvorsen, who chairs the Upland Growers Cooperative.',
    '',
    'MEGAN DOYLE: Ingrid Halvorsen, how bad was the harvest?',
    'INGRID HALVORSEN: The worst in twenty years. We lost a third of the barley to the rain in August.',
    'MEGAN DOYLE: And the prices?',
    'INGRID HALVORSEN: Feed costs have doubled since last spring, and the banks will not lend.',
    '',
  ].join('\n');
  const r = suggest(text);
  const turns = of(r, 'claim').filter((c) => c.rule === 'claim.transcript-turn');
  assert.deepEqual(turns.map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [
    ['The worst in twenty years. We lost a third of the barley to the rain in August', 'direct', 'Ingrid Halvorsen'],
    ['Feed costs have doubled since last spring, and the banks will not lend', 'direct', 'Ingrid Halvorsen'],
  ]);
  assert.deepEqual(of(r, 'speaker').filter((s) => s.rule === 'speaker.transcript-turn').map((s) => [s.text, s.attrs.name]), [
    ['INGRID HALVORSEN', 'Ingrid Halvorsen'],
    ['INGRID HALVORSEN', 'Ingrid Halvorsen'],
  ]);
  assert.ok(!of(r, 'speaker').some((s) => s.text === 'MEGAN DOYLE'), 'the host asks, she is not a speaker');
  assert.ok(!of(r, 'claim').some((c) => c.text.includes('how bad was the harvest') || c.text.includes('Feed costs') && c.attrs.kind === 'assertion'));
});

test('a press conference: titled labels resolve to the full name, the reporter in brackets asks', () => {
  const text = [
    'Health Minister Tomasz Okafor took questions on the hospital strike on Thursday.',
    '',
    'Reporter (Evening Courier): Minister, will the strike end this week?',
    'Minister Okafor: We have made a new offer and I expect an answer from the union by Friday.',
    'Reporter (City Radio): Is the offer higher than the last one?',
    'Minister Okafor: It is four percent, which is more than any other sector received this year.',
    '',
  ].join('\n');
  const r = suggest(text);
  const turns = of(r, 'claim').filter((c) => c.rule === 'claim.transcript-turn');
  assert.deepEqual(turns.map((c) => [c.attrs.kind, speakerOf(r, c)]), [
    ['direct', 'Tomasz Okafor'],
    ['direct', 'Tomasz Okafor'],
  ]);
  assert.deepEqual(of(r, 'speaker').filter((s) => s.rule === 'speaker.transcript-turn').map((s) => s.text), ['Okafor', 'Okafor']);
  assert.ok(!of(r, 'speaker').some((s) => s.text.startsWith('Reporter')));
});

test('a title-case interviewer without a role word is known by asking', () => {
  const text = [
    'Dr. Sara Lindqvist: The vaccine works. We saw it in every age group.',
    'Paul Mercer: How many people took part?',
    'Dr. Sara Lindqvist: About twelve thousand, in four countries.',
    'Paul Mercer: When will it be available?',
    'Dr. Sara Lindqvist: Not before the winter, I am afraid.',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'claim').map((c) => [c.attrs.kind, speakerOf(r, c)]), [
    ['direct', 'Sara Lindqvist'],
    ['direct', 'Sara Lindqvist'],
    ['direct', 'Sara Lindqvist'],
  ]);
  assert.ok(!of(r, 'speaker').some((s) => s.attrs.name === 'Paul Mercer'));
});

test('page chrome with a colon is neither a speaker nor a claim', () => {
  const text = [
    'Storm closes the coast road for a second day',
    '',
    'The road between Kilbeg and Rossmore stayed shut on Tuesday, the county council said.',
    '',
    'Listen: Morning Briefing with Aoife Kelly',
    'Watch: Waves over the harbour wall at Kilbeg',
    '',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => s.text), ['the county council']);
  assert.ok(!of(r, 'claim').some((c) => c.text.includes('Morning Briefing') || c.text.includes('Waves over')));
});

test('in a Q:/A: interview the answers belong to the person introduced just before the questions', () => {
  const text = [
    'Harbour Lines unveiled its new ferry on Monday. The Harbour Lines Skua carries 400 passengers.',
    '',
    'Chief executive Marta Oyelaran showed reporters around the ship. I spoke with Oyelaran on the car deck.',
    '',
    'Q: Why a new ship now?',
    'A: The old one was thirty years old and burned twice the fuel.',
    'Q: And the fares?',
    'A: They will not go up this year.',
    '',
  ].join('\n');
  const r = suggest(text);
  const answers = of(r, 'claim').filter((c) => c.rule === 'claim.transcript-answer');
  assert.deepEqual(answers.map((c) => speakerOf(r, c)), ['Marta Oyelaran', 'Marta Oyelaran']);
});

test('live-blog headlines with their source ("Name: Title Case Headline") stay headlines, not transcript turns', () => {
  const text = [
    'Harbour Authority: Ferry Timetable Cut for the Winter Months',
    '',
    'Mayor Lena Kowalski: Council Will Not Raise Parking Fees',
    '',
    'Harbour Authority: Night Sailings Resume After Repairs',
    '',
  ].join('\n');
  const r = suggest(text);
  assert.ok(of(r, 'claim').length > 0);
  assert.ok(of(r, 'claim').every((c) => c.attrs.kind === 'indirect'), 'a headline is reported speech, not a direct turn');
  assert.ok(!of(r, 'claim').some((c) => c.rule === 'claim.transcript-turn'));
});

test('an answer running over several paragraphs stays with its speaker; a question\'s follow-up line is no claim', () => {
  const text = [
    'Coach Petra Novak spoke to Sam Reid after the final.',
    '',
    'SAM REID: Petra Novak, what changed at half-time?',
    '',
    'PETRA NOVAK: We stopped chasing the ball. The first half was chaos.',
    '',
    'In the second half we kept our shape and the goals came.',
    '',
    'SAM REID: Your captain was injured in the first minute.',
    'How did the team cope without him?',
    '',
    'PETRA NOVAK: The young players stepped up, and that is what pleases me most.',
    '',
    'The club plays its first league match of the season on 9 August.',
    '',
  ].join('\n');
  const r = suggest(text);
  const novak = of(r, 'claim').filter((c) => speakerOf(r, c) === 'Petra Novak');
  assert.deepEqual(novak.map((c) => [c.text, c.attrs.kind]), [
    ['We stopped chasing the ball. The first half was chaos', 'direct'],
    ['In the second half we kept our shape and the goals came', 'direct'],
    ['The young players stepped up, and that is what pleases me most', 'direct'],
  ]);
  assert.ok(!of(r, 'claim').some((c) => c.text.includes('How did the team cope') || c.text.includes('captain was injured')));
  const last = of(r, 'claim').find((c) => c.text.startsWith('The club plays'));
  assert.equal(last?.attrs.kind, 'assertion', 'the article text after the transcript is the article\'s own');
});

test('a press briefing: "MINISTER OSEI:" gets the full name from the page, reporters and pleasantries give nothing', () => {
  const text = [
    'Briefing by Transport Minister Kwame Osei',
    '',
    'MINISTER OSEI: Good morning.',
    'MINISTER OSEI: The new timetable starts in June and adds 40 trains a day.',
    'Q (Harbour FM): Will fares rise?',
    'MINISTER OSEI: Not this year.',
    'UNIDENTIFIED REPORTER: Thanks, minister.',
    'MINISTER OSEI: Thank you all.',
    '',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, speakerOf(r, c)]), [
    ['The new timetable starts in June and adds 40 trains a day', 'Kwame Osei'],
    ['Not this year', 'Kwame Osei'],
  ]);
  assert.ok(of(r, 'speaker').every((s) => s.attrs.name === 'Kwame Osei'));
});

test('initials as turn labels stand for the people named on the page', () => {
  const text = [
    'Composer Ilse Varga talks to Tom Brody about her first opera.',
    '',
    'TB: How long did it take?',
    'IV: Nine years, and two of them were spent on the libretto alone.',
    'TB: Will it tour?',
    'IV: It opens in Budapest in March and goes to Vienna in May.',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'claim').filter((c) => c.attrs.kind === 'direct').map((c) => speakerOf(r, c)), ['Ilse Varga', 'Ilse Varga']);
  assert.deepEqual(of(r, 'speaker').map((s) => s.text), ['IV', 'IV']);
});

test('timestamped transcript turns ("[00:03:15] Name:", "00:03:15 Name:", "(03:15) NAME:"): the label after the stamp speaks', () => {
  for (const stamp of ['[00:03:15] ', '00:03:15 ', '(03:15) ']) {
    const caps = stamp.startsWith('(');
    const host = caps ? 'PIA LUND' : 'Pia Lund';
    const guest = caps ? 'MARCUS TEAL' : 'Marcus Teal';
    const text = [
      'Episode 12: The ferry timetable',
      '',
      'Guests: Marcus Teal (Island Ferries), Dr Ada Wren (Coastal Lab)',
      '',
      `${stamp}${host}: Welcome back. Marcus, why were the sailings cut?`,
      '',
      `${stamp}${guest}: We lost two of our four boats to repairs in May. In March I warned the board that the hulls were ageing.`,
      '',
      `${stamp}${host}: And when do they return?`,
      '',
      `${stamp}${guest}: Both should be back on the water by the end of the summer.`,
      '',
    ].join('\n');
    const r = suggest(text);
    const speakers = of(r, 'speaker');
    assert.deepEqual(speakers.filter((s) => s.rule === 'speaker.transcript-turn').map((s) => [text.slice(s.start - stamp.length, s.start), s.text, s.attrs.name]), [
      [stamp, guest, 'Marcus Teal'],
      [stamp, guest, 'Marcus Teal'],
    ], stamp);
    assert.ok(!speakers.some((s) => s.text === 'Guests' || s.text.startsWith('In March')), stamp);
    const turns = of(r, 'claim').filter((c) => c.rule === 'claim.transcript-turn');
    assert.deepEqual(turns.map((c) => [c.attrs.kind, speakerOf(r, c)]), [
      ['direct', 'Marcus Teal'],
      ['direct', 'Marcus Teal'],
    ], stamp);
    assert.ok(!of(r, 'claim').some((c) => c.attrs.kind === 'assertion' && c.text.includes('back on the water')), stamp);
  }
});

test('a moderator handing over to questions ("OK, questions.", "Last question.") is neither a speaker nor a claim', () => {
  const text = [
    'Bridge repairs: council briefing',
    '',
    'FENWICK: The east span reopens on Friday. Repairs cost about 2 million pounds.',
    '',
    'OSEI: OK, questions.',
    '',
    'REPORTER: Will tolls go up?',
    '',
    'FENWICK: No. Tolls stay where they are until next April.',
    '',
    'OSEI: Next question, please.',
    '',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [
    ['The east span reopens on Friday. Repairs cost about 2 million pounds', 'direct', 'Fenwick'],
    ['No. Tolls stay where they are until next April', 'direct', 'Fenwick'],
  ]);
  assert.ok(!of(r, 'speaker').some((s) => s.text === 'OSEI'));
});

test('an earnings call printed with labels on lines of their own: executives answer, the operator and analysts ask', () => {
  const text = [
    'Maravel Foods (MRVF) Q2 2027 Earnings Call Transcript',
    'NASDAQ: MRVF  $21.05  ▼ -0.44 (2.05%)',
    '',
    'Prepared Remarks:',
    '',
    'Operator',
    'Good morning, and welcome to the Maravel Foods second-quarter call. I would now like to turn the call over to Hiroshi Valdane.',
    '',
    'Hiroshi Valdane -- President and Chief Executive Officer',
    'Thank you, operator, and good morning, everyone. Revenue grew 4% to $880 million, led by our frozen brands.',
    '',
    'We opened the new Tulsa bakery in May, a month early.',
    '',
    'With that, I will hand it over to Greta Obuya to go through the numbers.',
    '',
    'Greta Obuya -- Chief Financial Officer',
    'Thanks, Hiroshi. Operating margin was 11.2%, up 80 basis points.',
    '',
    'Questions and Answers:',
    '',
    'Operator',
    'Our first question comes from Lionel Praskey with Fenwick Partners.',
    '',
    'Lionel Praskey -- Fenwick Partners -- Analyst',
    'Hiroshi, how much did pricing add in the quarter?',
    '',
    'Hiroshi Valdane -- President and Chief Executive Officer',
    'Sure. About two points of the growth came from price, and volume did the rest. Thanks, everyone, for joining us.',
    '',
    'Duration: 38 minutes',
    '',
    'Call participants:',
    'Hiroshi Valdane -- President and Chief Executive Officer',
    'Greta Obuya -- Chief Financial Officer',
    'Lionel Praskey -- Analyst',
    '',
    'This article is a transcript of this conference call produced for Ledgerline.',
    '',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Hiroshi Valdane', 'Hiroshi Valdane'],
    ['Greta Obuya', 'Greta Obuya'],
    ['Hiroshi Valdane', 'Hiroshi Valdane'],
  ]);
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [
    ['Revenue grew 4% to $880 million, led by our frozen brands', 'direct', 'Hiroshi Valdane'],
    ['We opened the new Tulsa bakery in May, a month early', 'direct', 'Hiroshi Valdane'],
    ['Operating margin was 11.2%, up 80 basis points', 'direct', 'Greta Obuya'],
    ['About two points of the growth came from price, and volume did the rest', 'direct', 'Hiroshi Valdane'],
  ]);
});

test('labels "Name, Title:" on their own line open turns; a lone name line counts when it comes back', () => {
  const text = [
    'Council budget hearing, 4 March',
    '',
    'Marisol Teague, Finance Committee Chair:',
    'Councillor Brandt, why has the roads budget doubled?',
    '',
    'Oskar Brandt, Councillor for Eastfield:',
    'Because half the bridges in the district failed their last inspection.',
    '',
    'Marisol Teague, Finance Committee Chair:',
    'Will the work start this year?',
    '',
    'Oskar Brandt',
    'The first two bridges close for repairs in June.',
    '',
    'Oskar Brandt',
    'The rest follow next spring.',
    '',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [
    ['Because half the bridges in the district failed their last inspection', 'direct', 'Oskar Brandt'],
    ['The first two bridges close for repairs in June', 'direct', 'Oskar Brandt'],
    ['The rest follow next spring', 'direct', 'Oskar Brandt'],
  ]);
  assert.ok(!of(r, 'speaker').some((s) => s.text.startsWith('Marisol')), 'the chair asks');
});

test('inline labels with a title after a comma ("Name, Title: …") are turns; the analyst asks, a running order says nothing', () => {
  const text = [
    'Operator: Welcome to the Pellworth Mining results call.',
    "Jo Pike, Investor Relations: Good morning, everyone. We'll hear first from Ines Carvallo, and then we'll take your questions.",
    'Ines Carvallo, Chief Executive Officer: Copper output rose 9% in the half, and the Antofa mine is back at full capacity.',
    'Dmitri Hale, Analyst, Westbrook Capital: Congratulations on the half. I would like to hear more about the dividend.',
    'Ines Carvallo, Chief Executive Officer: The board will decide in March, but our cash position allows it.',
  ].join('\n');
  const r = suggest(text);
  assert.deepEqual(of(r, 'speaker').map((s) => [s.text, s.attrs.name]), [
    ['Ines Carvallo', 'Ines Carvallo'],
    ['Ines Carvallo', 'Ines Carvallo'],
  ]);
  assert.deepEqual(of(r, 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]), [
    ['Copper output rose 9% in the half, and the Antofa mine is back at full capacity', 'direct', 'Ines Carvallo'],
    ['The board will decide in March, but our cash position allows it', 'direct', 'Ines Carvallo'],
  ]);
});
