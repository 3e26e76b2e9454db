import { bestEntry, caseMatches, type Lexicon } from '../lexicon.js';
import type { SentenceView } from '../syntax.js';
import { type Token, tokenize } from '../tokenize.js';
import type { DocumentMemory } from './memory.js';

// Quotations: whether one is open at a token, and who speaks it.

const OPENING_QUOTES = new Set(['“', '"', '‘']);

const CLOSING_QUOTES = new Set(['”', '"', '’']);

/** Whether a quotation is open before token `index`, given whether one was open at the sentence's start. */
export function quoteOpenAt(view: SentenceView, index: number, openAtStart: boolean): boolean {
  let open = openAtStart;
  for (let i = 0; i < index; i++) {
    const text = view.tokens[i]?.text ?? '';
    if (!open && OPENING_QUOTES.has(text)) open = true;
    else if (open && CLOSING_QUOTES.has(text)) open = false;
  }
  return open;
}

/**
 * Who speaks the quotation of a sentence: the single actor right before or after its speech verb
 * outside the quotation ("..., Araghchi said", "X told reporters: “...”").
 */
export function speakerOf(view: SentenceView, openAtStart = false): string | undefined {
  for (let i = 0; i < view.tokens.length; i++) {
    if (!view.cues.has('speechVerbs', i) || quoteOpenAt(view, i, openAtStart)) continue;
    const candidate = view.slotBefore(i) ?? view.slotAt(i + 1);
    if (candidate && candidate.actorIds.length === 1 && candidate.via !== 'pronoun')
      return candidate.actorIds[0];
  }
  return undefined;
}

const QUOTE_LOOKAHEAD = 3;

/**
 * The speaker of a quotation that runs on into the next sentences: the actor next to the speech verb
 * of the sentence where it closes ("... Differences can be resolved,” Araghchi said."), by its name
 * in the gazetteer or a surname given earlier in the document.
 */
export function speakerAfter(memory: DocumentMemory, lexicon: Lexicon): string | undefined {
  for (let k = memory.sentence + 1; k <= memory.sentence + QUOTE_LOOKAHEAD; k++) {
    const sentence = memory.sentences[k];
    if (!sentence) return undefined;
    const tokens = tokenize(sentence.text, sentence.start);
    const close = tokens.findIndex((token) => CLOSING_QUOTES.has(token.text));
    if (close < 0) continue;
    for (let i = close + 1; i < Math.min(tokens.length, close + 8); i++) {
      const token = tokens[i] as Token;
      const surname = token.capitalized ? memory.surnames.get(token.norm) : undefined;
      if (surname) return surname;
      const match = lexicon.names.longestAt(tokens, i, caseMatches);
      const entry = match ? bestEntry(match.values) : undefined;
      if (entry?.actorId) return entry.actorId;
    }
    return undefined;
  }
  return undefined;
}
