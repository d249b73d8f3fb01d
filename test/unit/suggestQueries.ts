// Small queries over a suggest() result, shared by the pre-annotation unit tests.
import type { Suggestion } from '../../src/core/model';
import { suggest } from '../../src/core/suggest/suggest';

type Result = { suggestions: Suggestion[] };

/** The suggestions of one label, in text order. */
export const of = (r: Result, label: string): Suggestion[] => r.suggestions.filter((s) => s.label === label);

/** The canonical name of the speaker a claim is linked to. */
export const speakerOf = (r: Result, claim: Suggestion): string | undefined => r.suggestions.find((s) => s.id === claim.links?.speaker)?.attrs.name;

/** Every speaker suggestion of a text as [surface, canonical name]. */
export const speakers = (text: string): [string, string][] => of(suggest(text), 'speaker').map((s) => [s.text, s.attrs.name]);

/** Speakers as [surface, name] and claims as [text, kind, speaker name]. */
export const pairs = (text: string): { speakers: [string, string][]; claims: [string, string, string | undefined][] } => {
  const r = suggest(text);
  return {
    speakers: of(r, 'speaker').map((s) => [s.text, s.attrs.name]),
    claims: of(r, 'claim').map((c) => [c.text, c.attrs.kind, speakerOf(r, c)]),
  };
};

/** Every date suggestion of a text as [surface, ISO value]; `reference` stands in for a missing publication date. */
export const dates = (text: string, reference?: string): [string, string][] =>
  suggest(text, { reference }).suggestions.filter((s) => s.label === 'date').map((s) => [s.text, s.attrs.value]);

/** Every claim suggestion of a text as [kind, text]. */
export const claimKinds = (text: string): [string, string][] => of(suggest(text), 'claim').map((s) => [String(s.attrs.kind), s.text]);

/** The speaker name of every quoted or reported claim (assertions left out), in text order. */
export const attributed = (text: string): (string | undefined)[] => {
  const r = suggest(text);
  return r.suggestions.filter((s) => s.label === 'claim' && s.attrs.kind !== 'assertion').map((c) => speakerOf(r, c));
};
