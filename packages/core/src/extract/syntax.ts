import { CueMarks } from './cues.js';
import type { Token } from './tokenize.js';
import type { MentionVia } from './types.js';

/** Longest phrase in quotation marks read as scare quotes rather than speech. */
const SCARE_QUOTE_WORDS = 4;

/**
 * A span of a sentence's tokens that refers to one or more actors ("Turkish Foreign Minister Hakan
 * Fidan" → hakan-fidan; "both countries" → egypt and turkey). Token indices, `end` exclusive.
 */
export interface Slot {
  start: number;
  end: number;
  actorIds: string[];
  via: MentionVia;
}

/**
 * One sentence seen as tokens and actor slots, with the shallow syntax the relation frames need:
 * is a slot inside a prepositional phrase, is it a compound modifier ("U.S.-backed"), which slots
 * are coordinated with it ("Saudi Arabia, Qatar and Jordan").
 */
export class SentenceView {
  readonly tokens: readonly Token[];
  readonly cues: CueMarks;
  readonly slots: Slot[];
  /** Slots by start and by end token; built on first use, as `#covering` (most views are rebuilt before anyone asks). */
  #byStart: Array<Slot | undefined> | undefined;
  #byEnd: Array<Slot | undefined> | undefined;
  #covering: Array<Slot | undefined> | undefined;
  #inPrepositionalPhrase: Map<Slot, boolean> | undefined;
  /** Tokens of names and title phrases ("Minister of Foreign Affairs and International Cooperation"): no trigger lies there. */
  readonly reserved: Uint8Array;

  constructor(
    tokens: readonly Token[],
    slots: Slot[],
    cues = new CueMarks(tokens),
    reserved: Uint8Array = new Uint8Array(tokens.length),
  ) {
    this.tokens = tokens;
    this.cues = cues;
    this.reserved = reserved;
    // Finders mostly hand slots over in order already: then a copy is all it takes.
    this.slots = isSortedByStart(slots) ? slots.slice() : [...slots].sort((a, b) => a.start - b.start);
  }

  /** The slot token `index` belongs to, if any. */
  slotCovering(index: number): Slot | undefined {
    if (this.#covering === undefined) {
      // Built on first use: most views are rebuilt before anyone asks.
      this.#covering = new Array(this.tokens.length);
      for (const slot of this.slots) for (let i = slot.start; i < slot.end; i++) this.#covering[i] ??= slot;
    }
    return this.#covering[index];
  }

  /** Slots by start token; a later slot starting at the same token wins, as it always has. */
  #startIndex(): Array<Slot | undefined> {
    if (this.#byStart === undefined) {
      this.#byStart = [];
      for (const slot of this.slots) this.#byStart[slot.start] = slot;
    }
    return this.#byStart;
  }

  /** Slots by end token (exclusive); a later slot ending at the same token wins. */
  #endIndex(): Array<Slot | undefined> {
    if (this.#byEnd === undefined) {
      this.#byEnd = [];
      for (const slot of this.slots) this.#byEnd[slot.end] = slot;
    }
    return this.#byEnd;
  }

  norm(index: number): string {
    return this.tokens[index]?.norm ?? '';
  }

  /** The slot starting at token `index`. */
  slotAt(index: number): Slot | undefined {
    return this.#startIndex()[index];
  }

  /**
   * Whether token `index` ends the clause on its left (cues.json leftBoundaries). A demonstrative
   * before a one-word noun phrase is a determiner, not a complementizer: "rejects that condition
   * and accuses Moscow" is one clause.
   */
  isClauseBoundary(index: number): boolean {
    return (
      this.cues.has('leftBoundaries', index) && !this.#isDemonstrative(index) && !this.isScareQuote(index)
    );
  }

  /** Whether token `index` ends the phrase on its right (cues.json rightBoundaries), scare quotes aside. */
  isPhraseEnd(index: number): boolean {
    return this.cues.has('rightBoundaries', index) && !this.isScareQuote(index);
  }

  /**
   * A quotation mark around a few words inside a clause ("continue its “full cooperation” with"):
   * scare quotes, not the start or end of reported speech.
   */
  isScareQuote(index: number): boolean {
    const mark = this.tokens[index]?.text;
    if (mark !== '“' && mark !== '”' && mark !== '"' && mark !== '‘' && mark !== '’') return false;
    const opening =
      mark === '“' ||
      mark === '‘' ||
      (mark === '"' && this.tokens[index + 1]?.start === this.tokens[index]?.end);
    const closer = mark === '“' ? '”' : mark === '‘' ? '’' : mark;
    const opener = mark === '”' ? '“' : mark === '’' ? '‘' : mark;
    for (let d = 1; d <= SCARE_QUOTE_WORDS + 1; d++) {
      const other = this.tokens[opening ? index + d : index - d];
      if (!other || other.text === '.' || other.text === ',') return false;
      if (other.text === (opening ? closer : opener)) {
        // Words follow the closing mark in the same clause: "“full cooperation” with".
        const after = this.tokens[(opening ? index + d : index) + 1];
        return after?.kind === 'word';
      }
    }
    return false;
  }

  /** "that condition and ...": a demonstrative, a lower-case noun, then the end of the noun phrase. */
  #isDemonstrative(index: number): boolean {
    if (!this.cues.has('demonstratives', index)) return false;
    const noun = this.tokens[index + 1];
    if (noun?.kind !== 'word' || noun.capitalized || this.cues.has('leftBoundaries', index + 1)) return false;
    const next = index + 2;
    return (
      next >= this.tokens.length ||
      this.cues.has('coordinators', next) ||
      this.cues.has('prepositions', next) ||
      this.cues.has('rightBoundaries', next)
    );
  }

  /** The slot ending just before token `index`, looking through a possessive "’s". */
  slotBefore(index: number): Slot | undefined {
    const byEnd = this.#endIndex();
    if (this.tokens[index - 1]?.kind === 'possessive') return byEnd[index - 1];
    return byEnd[index];
  }

  /** Whether the slot is followed by a possessive "’s". */
  isPossessive(slot: Slot): boolean {
    return this.tokens[slot.end]?.kind === 'possessive';
  }

  /** The token index just after the slot and its possessive, if any. */
  after(slot: Slot): number {
    return this.isPossessive(slot) ? slot.end + 1 : slot.end;
  }

  /**
   * A slot glued to a hyphen is a modifier, not an argument: "U.S.-backed plan", "Hamas-led attack",
   * "the Israel-Hamas war", "anti-Israel networks".
   */
  isCompoundModifier(slot: Slot): boolean {
    return this.#isGluedHyphen(slot.end) || this.#isGluedHyphen(slot.start - 1);
  }

  /** Whether token `index` is a hyphen written without spaces between two tokens. */
  #isGluedHyphen(index: number): boolean {
    const hyphen = this.tokens[index];
    const left = this.tokens[index - 1];
    const right = this.tokens[index + 1];
    if (!hyphen || !left || !right || (hyphen.text !== '-' && hyphen.text !== '–')) return false;
    return left.end === hyphen.start && hyphen.end === right.start;
  }

  /**
   * Whether the slot sits in a prepositional phrase ("of Ankara's outreach", "with both Israel and
   * Hamas"), where it cannot be a clause subject. Looks back over determiners, up to two lower-case
   * modifiers and earlier members of a coordination.
   */
  inPrepositionalPhrase(slot: Slot): boolean {
    // Asked for the same slot by the pronoun and salience readers: the answer is kept for this view.
    this.#inPrepositionalPhrase ??= new Map();
    let answer = this.#inPrepositionalPhrase.get(slot);
    if (answer === undefined) {
      answer = this.#readPrepositionalPhrase(slot);
      this.#inPrepositionalPhrase.set(slot, answer);
    }
    return answer;
  }

  #readPrepositionalPhrase(slot: Slot): boolean {
    let i = slot.start - 1;
    let modifiers = 0;
    while (i >= 0) {
      if (this.cues.has('prepositions', i)) return true;
      if (this.cues.has('determiners', i)) {
        i--;
        continue;
      }
      const token = this.tokens[i] as Token;
      // Only a coordinator right before the slot (or its determiner) joins it to an earlier member.
      if (this.cues.has('coordinators', i) && !this.isPossessive(slot) && modifiers === 0) {
        let from = i;
        while (this.cues.has('coordinators', from - 1)) from--;
        if (!this.#joinsList(from, i + 1, slot)) return false;
        const previous = this.slotBefore(from);
        if (previous) return this.inPrepositionalPhrase(previous);
        return false;
      }
      if (
        token.kind === 'word' &&
        !token.capitalized &&
        modifiers < 2 &&
        !this.cues.has('leftBoundaries', i)
      ) {
        modifiers++;
        i--;
        continue;
      }
      return false;
    }
    return false;
  }

  /**
   * Whether the coordinators in tokens [from, to) join `member` to a list. A bare comma does only
   * when the list goes on after the member ("Qatar, Jordan and Oman"); otherwise it ends an
   * introductory phrase ("In the war between Israel and Hamas, Egypt is ...").
   */
  #joinsList(from: number, to: number, member: Slot): boolean {
    for (let i = from; i < to; i++) {
      if (this.cues.has('coordinators', i) && this.norm(i) !== ',') return true;
    }
    return this.cues.has('coordinators', this.after(member));
  }

  /** The slot and the slots coordinated after it: "Saudi Arabia, Qatar, the UAE, Jordan and Indonesia". */
  coordinatedFrom(slot: Slot): Slot[] {
    const list = [slot];
    let current = slot;
    for (;;) {
      const from = this.after(current);
      let i = from;
      if (!this.cues.has('coordinators', i)) break;
      while (this.cues.has('coordinators', i) || this.cues.has('determiners', i)) i++;
      const next = this.slotAt(i);
      if (
        !next ||
        !this.#joinsList(from, i, next) ||
        this.isPossessive(next) ||
        this.isCompoundModifier(next) ||
        this.cues.has('speechVerbs', this.after(next))
      ) {
        break;
      }
      list.push(next);
      current = next;
    }
    return list;
  }

  /** The slot and the slots coordinated before it: "Cairo and Ankara", "both Egypt and Turkey". */
  coordinatedUpTo(slot: Slot): Slot[] {
    const list = [slot];
    let current = slot;
    for (;;) {
      let i = current.start - 1;
      while (i >= 0 && this.cues.has('determiners', i) && !this.cues.has('coordinators', i)) i--;
      if (!this.cues.has('coordinators', i)) break;
      const to = i + 1;
      while (i >= 0 && (this.cues.has('coordinators', i) || this.cues.has('determiners', i))) i--;
      const previous = this.slotBefore(i + 1);
      if (!previous || !this.#joinsList(i + 1, to, current)) break;
      if (this.isPossessive(previous) || this.isCompoundModifier(previous)) break;
      list.unshift(previous);
      current = previous;
    }
    return list;
  }
}

function isSortedByStart(slots: readonly Slot[]): boolean {
  for (let i = 1; i < slots.length; i++)
    if ((slots[i] as Slot).start < (slots[i - 1] as Slot).start) return false;
  return true;
}
