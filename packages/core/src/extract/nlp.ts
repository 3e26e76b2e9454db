import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Token } from './tokenize.js';

/**
 * The part-of-speech layer under the extractor: wink-nlp's English light model (MIT, shipped inside
 * its npm package, ~95 % POS accuracy) tags every word of a document with a Universal POS tag and a
 * lemma, so that "brokered"/"brokering" read as "broker" and "host"/"talks"/"visit" are told apart
 * as nouns or verbs. Actors still come from the gazetteer trie; this layer only says what the other
 * words are.
 */

/** Universal POS tags as wink-nlp emits them. */
export type PosTag =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** What the tagger says about the characters [start, end) of a document. */
interface TaggedSpan {
  start: number;
  end: number;
  pos: PosTag;
  lemma: string;
}

/** The tags of one document, searchable by character offset. */
export class DocumentTags {
  readonly #spans: TaggedSpan[];

  constructor(spans: TaggedSpan[]) {
    this.#spans = spans;
  }

  /** Gives every token the POS and lemma of the tagged span its first character falls in. */
  apply(tokens: readonly Token[]): void {
    let k = this.#firstEndingAfter(tokens[0]?.start ?? 0);
    for (const token of tokens) {
      while (k < this.#spans.length && (this.#spans[k] as TaggedSpan).end <= token.start) k++;
      const span = this.#spans[k];
      if (!span || span.start > token.start) continue;
      token.pos = span.pos;
      // A token that is the whole tagged word takes its lemma; a piece of one ("Jae" of "Jae-myung") keeps its form.
      token.lemma = span.start === token.start && span.end === token.end ? span.lemma : token.norm;
    }
  }

  #firstEndingAfter(offset: number): number {
    let low = 0;
    let high = this.#spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.#spans[mid] as TaggedSpan).end <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/**
 * Lemmas by tag and word: lemmatising every token of every document was an eighth of the tagging
 * time, and news repeats its words. Bounded like the tokenizer's cache.
 */
const LEMMAS = new Map<string, Map<string, string>>();
/** Per tag. */
const LEMMAS_LIMIT = 20_000;

/** Tags a whole document once (the model is loaded on first use, ~100 ms). */
export function tagDocument(text: string): DocumentTags {
  // Only the tagger: sentence boundaries, negation and sentiment come from the extractor's own rules.
  // The model package's own type declarations lag behind wink-nlp's; the model object is what wink-nlp expects.
  nlp ??= winkNLP(model as unknown as Parameters<typeof winkNLP>[0], ['pos']);
  const { its } = nlp;
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const contracted = tokens.out(its.contractionFlag as unknown as typeof its.value) as unknown as boolean[];
  const lemmaAt = (i: number): string | undefined => {
    const value = values[i] as string;
    const tag = tags[i] as string;
    // Outside a contraction ("ca|n't" → can, not) wink's lemma depends on the word and its tag only.
    let known = contracted[i] ? undefined : LEMMAS.get(tag);
    if (!contracted[i] && known === undefined) {
      known = new Map();
      LEMMAS.set(tag, known);
    }
    let lemma = known?.get(value);
    if (lemma === undefined) {
      // Typed as needing model add-ons, which the light model provides at run time.
      lemma = tokens.itemAt(i).out(its.lemma as unknown as typeof its.value) as string;
      if (known) {
        if (known.size >= LEMMAS_LIMIT) known.clear();
        known.set(value, lemma);
      }
    }
    return lemma;
  };
  const spans: TaggedSpan[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    // wink-nlp keeps every character, so each token is found at or after the previous one; searching
    // (rather than summing lengths) stays right if a token's value is ever normalised.
    const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at < 0) continue;
    cursor = at + value.length;
    spans.push({
      start: at,
      end: cursor,
      pos: (tags[i] ?? 'X') as PosTag,
      lemma: (lemmaAt(i) ?? value).toLowerCase(),
    });
  }
  return new DocumentTags(spans);
}
