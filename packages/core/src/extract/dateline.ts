/**
 * The dateline that opens a wire story — "BRUSSELS (AP) —", "NAIROBI, Kenya, Aug 20 —", "BEIRUT:",
 * "GENEVA (AN) —", "(MENAFN)", "Istanbul/Athens, 7 December 2023 (dpa/MIA) -" — says where the
 * story was filed, not who acted: the places it names are not actors of the sentence.
 */

// A place in capitals ("BRUSSELS", "NEW YORK") or places joined by slashes ("Istanbul/Athens").
const PLACE = String.raw`(?:\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}|\p{Lu}\p{L}+(?:/\p{Lu}\p{L}+)+)`;
// ", Kenya", ", Kurdistan Region": the region or country after the place.
const REGION = String.raw`(?:, \p{Lu}[\p{L}'’.-]+(?: \p{Lu}?[\p{L}'’.-]+){0,2})`;
// ", Aug 20", ", Aug. 8", ", 7 December 2023".
const DATE = String.raw`(?:, (?:\p{L}{3,9}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{L}{3,9}\.?(?: \d{4})?))`;
// "(AP)", "(dpa/MIA)", "(Reuters)".
const AGENCY = String.raw`(?: ?\([\p{L} ./&-]{2,30}\))`;

const DATELINE = new RegExp(
  String.raw`^\s*(?:${PLACE}${REGION}{0,2}${DATE}?${AGENCY}?\s*(?:[—–:-]|--)\s+|\([\p{Lu}][\p{L}]{1,15}\)\s+)`,
  'u',
);

/** Length in characters of the dateline at the start of `sentence`, or 0 when there is none. */
export function datelineLength(sentence: string): number {
  const match = DATELINE.exec(sentence);
  return match ? match[0].length : 0;
}
