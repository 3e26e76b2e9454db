import { defaultGazetteer } from '../gazetteer/default.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Actor } from '../ontology/actors.js';
import type { ArticleInput, Evidence, EvidenceAbout } from '../ontology/documents.js';
import { relationKey } from '../ontology/relation-key.js';
import { polarityOf } from '../ontology/relations.js';
import { aboutOf } from './about.js';
import { type Calibration, calibrate, defaultCalibration } from './calibration.js';
import { confidenceOf } from './confidence.js';
import { sentenceDate } from './dates.js';
import { namedSidesIn, partiesIn } from './frames/index.js';
import { validateArticle } from './input.js';
import { type Lexicon, lexiconFor } from './lexicon.js';
import { DocumentMemory, findMentions, type SentenceMentions } from './mentions/index.js';
import { tagDocument } from './nlp.js';
import { compilePatterns, defaultPatterns, type PatternFile, type PatternSet } from './patterns.js';
import { findRelations, type RelationCandidate } from './relations.js';
import { splitSentences } from './sentences.js';
import type { SentenceView } from './syntax.js';
import type { ExtractedRelation, ExtractionResult, Mention, Sentence } from './types.js';
import { compileVerbs, defaultVerbs, type VerbFile, type VerbLexicon } from './verb-lexicon.js';

export interface ExtractorOptions {
  /** Known actors; defaults to the built-in gazetteer. */
  gazetteer?: Gazetteer;
  /** Relation patterns in the format of extract/data/patterns.json; defaults to the built-in ones. */
  patterns?: PatternFile;
  /** Verb lexicon in the format of extract/data/verbs.json; defaults to the built-in one. */
  verbs?: VerbFile;
  /** Longest article accepted (characters); defaults to MAX_ARTICLE_CHARS. */
  maxChars?: number;
  /** How raw confidence scores become probabilities; defaults to data/calibration.json. */
  calibration?: Calibration;
}

export interface Extractor {
  readonly gazetteer: Gazetteer;
  /** Reads the relations of one article. @throws ArticleInputError for unusable input. */
  extract(article: ArticleInput): ExtractionResult;
}

/** Kinds of actor that can be a party to a conflict. */
const CONFLICT_SIDE_KINDS: ReadonlySet<string> = new Set(['state', 'armed_group']);
/** Kinds of actor others can join. */
const COLLECTIVE_KINDS: ReadonlySet<string> = new Set(['organization', 'force', 'armed_group']);

/** Creates an extractor: text → sentences → mentions → relations with evidence. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const gazetteer = options.gazetteer ?? defaultGazetteer();
  const lexicon = lexiconFor(gazetteer);
  const patterns = options.patterns ? compilePatterns(options.patterns, 'patterns') : defaultPatterns();
  const verbs = options.verbs ? compileVerbs(options.verbs, 'verbs') : defaultVerbs();
  const calibration = options.calibration ?? defaultCalibration();
  return {
    gazetteer,
    extract(input) {
      const article = validateArticle(
        input,
        options.maxChars !== undefined ? { maxChars: options.maxChars } : {},
      );
      const result = extractArticle(article, lexicon, patterns, verbs);
      for (const relation of result.relations) {
        relation.evidence.confidence = calibrate(relation.evidence.confidence, calibration);
      }
      return result;
    },
  };
}

function extractArticle(
  article: ExtractionResult['article'],
  lexicon: Lexicon,
  patterns: PatternSet,
  verbs: VerbLexicon,
): ExtractionResult {
  const { id: documentId, text, publishedAt } = article;
  const sentences = splitSentences(text);
  const memory = new DocumentMemory(tagDocument(text), sentences);
  const analysed = sentences.map((sentence) => findMentions(sentence, lexicon, memory));
  const affiliations = new Map<string, string>();
  for (const { naming } of analysed)
    for (const n of naming) if (!affiliations.has(n.person)) affiliations.set(n.person, n.of);
  const affiliationOf = (id: string) =>
    memory.newActors.get(id)?.affiliation ?? lexicon.gazetteer.get(id)?.affiliation ?? affiliations.get(id);
  const isConflictSide = (id: string) => CONFLICT_SIDE_KINDS.has(lexicon.gazetteer.get(id)?.kind ?? '');
  const isArmedGroup = (id: string) => lexicon.gazetteer.get(id)?.kind === 'armed_group';
  const isPerson = (id: string) => (memory.newActors.get(id) ?? lexicon.gazetteer.get(id))?.kind === 'person';
  const isCollective = (id: string) =>
    COLLECTIVE_KINDS.has((memory.newActors.get(id) ?? lexicon.gazetteer.get(id))?.kind ?? '');
  const context = {
    affiliationOf,
    isConflictSide,
    isArmedGroup,
    isPerson,
    isCollective,
    documentParties: documentParties(analysed, isConflictSide, isArmedGroup),
  };

  const relations: ExtractedRelation[] = [];
  analysed.forEach((sentenceMentions, index) => {
    const sentence = sentences[index] as Sentence;
    const date = sentenceDate(sentence.text, publishedAt);
    const seen = new Set<string>();
    const emit = (
      relation: Omit<ExtractedRelation, 'polarity' | 'evidence'>,
      confidence: number,
      about?: EvidenceAbout,
    ) => {
      // A symmetric relation read both ways in one sentence ("their talks") is one relation.
      const key = relationKey(relation.source, relation.type, relation.target);
      if (seen.has(key)) return;
      seen.add(key);
      // Built field by field in the order a spread would give: conditional spreads allocate per relation.
      const evidence = {
        document: documentId,
        sentence: sentence.index,
        start: sentence.start,
        end: sentence.end,
        quote: sentence.text,
      } as Evidence;
      if (date) evidence.date = date;
      evidence.confidence = confidence;
      if (about) evidence.about = about;
      const { source, target, type, pattern } = relation;
      relations.push({ source, target, type, pattern, polarity: polarityOf(type), evidence });
    };
    for (const naming of sentenceMentions.naming) {
      emit(
        { source: naming.person, target: naming.of, type: 'represents', pattern: `naming.${naming.pattern}` },
        0.9,
      );
    }
    const candidates = findRelations(sentenceMentions.view, patterns, verbs, context);
    for (const candidate of candidates) {
      emit(
        {
          source: candidate.source,
          target: candidate.target,
          type: candidate.type,
          pattern: candidate.pattern,
        },
        confidenceOf(candidate, sentenceMentions.view, factorOf(candidate, patterns)),
        aboutOf(sentenceMentions.view, candidate, sentence.text, sentence.start),
      );
    }
  });

  const mentions = analysed.flatMap((s) => s.mentions);
  return { article, sentences, mentions, relations, actors: actorsOf(mentions, relations, lexicon, memory) };
}

function factorOf(candidate: RelationCandidate, patterns: PatternSet): number {
  return patterns.byId.get(candidate.pattern)?.confidence ?? 1;
}

/** Words of a sentence that speak of a conflict or its settlement (cues.json conflictWords). */
function speaksOfConflict(view: SentenceView): boolean {
  return view.cues.any('conflictWords', 0, view.tokens.length);
}

/** Conflict parties the document names anywhere ("the Israel-Hamas war", "with both Israel and Hamas"). */
function documentParties(
  analysed: SentenceMentions[],
  isConflictSide: (id: string) => boolean,
  isArmedGroup: (id: string) => boolean,
): string[] {
  const strong = new Set<string>();
  const weak = new Set<string>();
  for (const { view } of analysed) {
    if (!speaksOfConflict(view)) continue;
    for (const pair of partiesIn(view))
      for (const slot of pair) for (const id of slot.actorIds) strong.add(id);
    if (view.cues.any('truceWords', 0, view.tokens.length)) {
      const sides = namedSidesIn(view, isConflictSide, new Set()).flatMap((slot) => slot.actorIds);
      // Without an explicit pair, trust only sides that include an armed group (Israel and Hamas, not Turkey and Israel).
      if (sides.some(isArmedGroup)) for (const id of sides) weak.add(id);
    }
  }
  return [...(strong.size > 0 ? strong : weak)];
}

/** Every actor mentioned or related, from the gazetteer or created for this document. */
function actorsOf(
  mentions: Mention[],
  relations: ExtractedRelation[],
  lexicon: Lexicon,
  memory: DocumentMemory,
): Actor[] {
  const ids = new Set<string>();
  for (const m of mentions) ids.add(m.actorId);
  for (const r of relations) {
    ids.add(r.source);
    ids.add(r.target);
  }
  const actors: Actor[] = [];
  for (const id of ids) {
    const actor = memory.newActors.get(id) ?? lexicon.gazetteer.get(id);
    if (actor) actors.push(actor);
  }
  return actors;
}
