// What the attribute editor accepts (SPEC section 2): a date's `value` is ISO 8601 as precise as
// the text allows, a claim's `kind` one of the enum, a speaker's `name` any non-empty text.
import { CLAIM_KINDS } from '../model';
import type { Attrs } from '../model';

/** The attribute each built-in label carries. */
export const MAIN_ATTRIBUTE: Readonly<Record<string, string>> = { speaker: 'name', date: 'value', claim: 'kind' };

// 2014 | 2021-12 | 2021-12-07 | 2021-W46 | 2021-W46-2 | 2021-12-07T17:15[:00[.000]][Z|+03:00], and the
// reduced forms the pre-annotator writes: a decade `199` (ISO 8601 reduced precision), a quarter
// `2021-Q1` or half-year `2021-H2` (TIMEX3), an interval `2024-07/2025-06` or `2024/2025`, and a month
// or day of a year the page does not give, `XXXX-03`, `XXXX-03-22` (ISO 8601-2 unspecified digits).
const POINT =
  '(?:XXXX-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?|\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?)?)?|-W(?:0[1-9]|[1-4]\\d|5[0-3])(?:-[1-7])?|-Q[1-4]|-H[12])?|\\d{3})';
const ISO_8601 = new RegExp(`^${POINT}(?:/${POINT})?$`);

export function isIsoDate(value: string): boolean {
  return ISO_8601.test(value);
}

/** One sentence saying what is wrong with an attribute value, or undefined when it is fine. */
export function attrProblem(label: string, key: string, value: string): string | undefined {
  const v = value.trim();
  if (label === 'date' && key === 'value' && v !== '' && !isIsoDate(v)) {
    return `“${v}” is not an ISO 8601 date: write 2021-12-07, 2021-12, 2021-W46, 2021-Q1, 2014, 2021-12-07T17:15Z or an interval such as 2024-07/2025-06.`;
  }
  if (label === 'claim' && key === 'kind' && v !== '' && !(CLAIM_KINDS as readonly string[]).includes(v)) {
    return `A claim's kind is one of ${CLAIM_KINDS.join(', ')}, not “${v}”.`;
  }
  if (!/^[A-Za-z_][\w-]*$/.test(key)) return `“${key}” is not an attribute name (letters, digits, - and _).`;
  return undefined;
}

export function attrsProblem(label: string, attrs: Attrs): string | undefined {
  for (const [k, v] of Object.entries(attrs)) {
    const problem = attrProblem(label, k, v);
    if (problem) return problem;
  }
  return undefined;
}
