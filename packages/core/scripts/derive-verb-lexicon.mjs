// Derives the extractor's verb lexicon (src/extract/data/verbs.json) from the CAMEO verb
// dictionary of PETRARCH2 (openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt, MIT).
//
// Usage: node packages/core/scripts/derive-verb-lexicon.mjs /tmp/CAMEO.2.0.txt [--commit <sha>] [--dump]
//   --dump prints every candidate (before review) as TSV to stdout instead of writing verbs.json,
//   which is how the hand review in verb-review.json was made.
//
// Why a derivation and not a hand list: CAMEO is the field's reference coding of "who did what to
// whom"; reusing its verb→code assignments keeps our types defensible and comparable. Why a review
// file: CAMEO codes events, not lexemes, and its synonym blocks (many from WordNet) contain verbs
// that are polysemous or rarely actor→actor in news. Every decision that is not mechanical lives in
// src/extract/data/verb-review.json so it can be read, argued and edited without touching code.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../src/extract/data');
const args = process.argv.slice(2);
const src = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--commit');
if (!src) {
  console.error('usage: derive-verb-lexicon.mjs <CAMEO.2.0.txt> [--commit <sha>] [--dump]');
  process.exit(2);
}
const dump = args.includes('--dump');
const review = JSON.parse(readFileSync(resolve(dataDir, 'verb-review.json'), 'utf8'));
// The commit is recorded in the review file so a re-run without --commit stays byte-identical.
const commitArg = args.includes('--commit') ? args[args.indexOf('--commit') + 1] : undefined;
const commit = commitArg ?? review.sourceCommit;

// Prepositions/particles that can introduce the target actor after the verb (or its object).
// Anything else inside a "(...)" group in a CAMEO pattern is a noun, place or adverb, so the
// pattern does not tell us where the target is and we leave it out.
const PREPS = new Set([
  'with',
  'to',
  'on',
  'against',
  'for',
  'from',
  'at',
  'over',
  'into',
  'upon',
  'toward',
  'towards',
  'behind',
  'between',
  'of',
  'by',
  'in',
  'off',
  'out',
  'up',
  'down',
  'about',
  'among',
]);

// ---- 1. Parse --------------------------------------------------------------------------------
// Format (see the header of CAMEO.2.0.txt and PETRreader.read_verb_dictionary):
//   "&NAME" starts a synonym set whose members are "+WORD" lines (noun classes used in patterns).
//   "---  NAME   [code]  ---" starts a verb block; [---] means the block has no default code.
//   Lines after it that do not start with "-" are the block's verbs: "VERB {irregular forms} [code]"
//   where the code, if present, overrides the block default; "+WORD_WORD" is a multi-word verb
//   whose first word is the verb. "{...}" lists inflections (we read lemmas, so we ignore them).
//   "- ... * ... [code] # VERB" are phrase patterns: "*" is the verb, "+" the target, "$" the
//   source, "(...)" a prepositional phrase, "{...}" a multi-word noun, "&SET" any member of a set,
//   "^" a skip; the comment names the verb the pattern came from. Codes "a:b" give the source's
//   code a and the target's reciprocal code b; we use a. "~" lines are clause transformations
//   (e.g. "A says B attacked") which have no lexical content for us.
const text = readFileSync(src, 'utf8');
const lines = text.split(/\r?\n/);
const sets = new Map();
const blocks = [];
let section = 'head';
let curSet = null;
let block = null;
const unparsed = [];
for (const raw of lines) {
  if (/^#+\s*VERB PATTERNS/.test(raw)) {
    section = 'verbs';
    continue;
  }
  if (/^#+\s*TRANSFORMATIONS/.test(raw)) {
    section = 'tail';
    continue;
  }
  if (/^#+\s*SYNONYM SETS/.test(raw)) {
    section = 'sets';
    continue;
  }
  // A few old lines use ";" instead of "#" before the coder's initials ("RIP {...};shan 7/11/93").
  const line = (section === 'verbs' && !raw.startsWith('-') ? raw.replace(/;.*$/, '') : raw).replace(
    /\s+$/,
    '',
  );
  if (section === 'sets') {
    if (/^&/.test(line)) {
      curSet = line.slice(1).trim();
      sets.set(curSet, []);
    } else if (/^\+/.test(line) && curSet) sets.get(curSet).push(line.slice(1).trim());
    continue;
  }
  if (section !== 'verbs') continue;
  if (line.trim() === '' || /^\s*#/.test(line)) continue;
  const head = line.match(/^---\s+(\S+)\s+\[([^\]]*)\]/);
  if (head) {
    block = { name: head[1], code: head[2].trim(), verbs: [], patterns: [] };
    blocks.push(block);
    continue;
  }
  if (!block) continue;
  if (line.startsWith('-')) {
    const m = line.match(/^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$/);
    if (!m) {
      unparsed.push(line);
      continue;
    }
    block.patterns.push({ body: m[1], code: m[2].trim(), from: (m[3] ?? '').trim().split(/\s+/)[0] ?? '' });
    continue;
  }
  const v = line.match(/^(\+?)([A-Z][A-Z_'-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?\s*(?:#.*)?$/);
  if (!v) {
    unparsed.push(line);
    continue;
  }
  block.verbs.push({ word: v[2], multi: v[1] === '+', code: (v[3] ?? '').trim() });
}

// "042:043" -> "042"; "---", "", ":054" -> null (no code for the source side).
function sourceCode(code) {
  const a = (code ?? '').split(':')[0].trim();
  return /^\d{2,4}$/.test(a) ? a : null;
}

// ---- 2. Candidates -----------------------------------------------------------------------------
// A candidate is { lemma, prep?, object?, required?, cameo, origin } before typing and review.
const cands = [];
const lower = (s) => s.toLowerCase().replace(/_+$/, '');
for (const b of blocks) {
  const blockCode = sourceCode(b.code);
  const lemmas = new Set();
  for (const v of b.verbs) {
    const code = sourceCode(v.code) ?? blockCode;
    const parts = v.word.split('_').filter(Boolean).map(lower);
    if (!v.multi && parts.length === 1) {
      lemmas.add(parts[0]);
      if (code) cands.push({ lemma: parts[0], cameo: code, origin: `verb ${b.name}` });
      continue;
    }
    // Multi-word verb: keep "VERB_PREP" ("SIDE_WITH") as a required-preposition entry; other
    // multi-word forms ("TAKE_CONTROL", "RE_ARREST") name no target position, so we skip them.
    if (parts.length === 2 && PREPS.has(parts[1]) && code) {
      cands.push({ lemma: parts[0], prep: parts[1], required: true, cameo: code, origin: `verb ${b.name}` });
    }
  }
  for (const p of b.patterns) {
    const code = sourceCode(p.code);
    if (!code) continue;
    // The comment names the verb the pattern came from; it is sometimes inflected ("THREW",
    // "CALLED_OFF"), so only base forms listed in the block are trusted as lemmas.
    const lemma = lower(p.from || '');
    if (!lemmas.has(lemma)) continue;
    for (const c of readPattern(p.body, lemma))
      cands.push({ lemma, ...c, cameo: code, origin: `pattern ${p.body}` });
  }
}

// Only patterns that put the verb first and say where the target is are read:
//   "* +"                      -> transitive, target = direct object
//   "* (PREP)" / "* (PREP +)"  -> target after PREP       ("meet with", "call on")
//   "* NOUN (PREP)" / "* NOUN (PREP +)" / "* NOUN (PREP) +" / "* {ADJ NOUN} (PREP)"
//                              -> light-verb phrase, object = head noun ("impose sanctions on")
// Anything with a subject-side constraint, a noun inside the PP ("(TO BORDER)"), a "&SET" object
// or more material after the PP is left out: we cannot tell where the target actor is.
//   "* NOUN" alone           -> PETRARCH finds the target in the parse; we accept it only when the
//                              noun is listed in review.objectPreps, which gives the prepositions
//                              that introduce the target after that noun ("support for/behind").
function readPattern(body, lemma) {
  let s = body.trim();
  if (!s.startsWith('*')) return [];
  s = s.slice(1).trim();
  if (s === '+') return [{}];
  let object;
  const obj = s.match(/^(?:\{([A-Z' -]+)\}|([A-Z][A-Z'-]*))\s*(.*)$/);
  if (obj && !PREPS.has((obj[2] ?? '').toLowerCase())) {
    const words = (obj[1] ?? obj[2]).trim().split(/\s+/);
    object = words[words.length - 1].toLowerCase();
    if (!/^[a-z]+$/.test(object)) return [];
    s = obj[3].trim();
    if (s === '' || s === '+') {
      // Only for light/performative verbs (review.lightVerbs): with a content verb the noun's PP
      // is not the verb's target ("condemn attack on X": X is the victim, not the one condemned).
      if (!review.lightVerbs.includes(lemma)) return [];
      return (review.objectPreps[object] ?? []).map((prep) => ({ object, prep }));
    }
  }
  const pp = s.match(/^\((\w+)(\s+\+)?\)\s*(\+)?$/) ?? s.match(/^(\w+)\s+\+$/);
  if (!pp) return [];
  const prep = pp[1].toLowerCase();
  if (!PREPS.has(prep)) return [];
  return [object ? { object, prep } : { prep, required: true }];
}

// ---- 3. Type, review, merge -------------------------------------------------------------------
// codeMap: longest matching CAMEO code prefix wins; null drops the code.
const codeMap = review.codeMap;
function typeOf(code) {
  for (let n = code.length; n > 0; n--) {
    const k = code.slice(0, n);
    if (Object.hasOwn(codeMap, k)) return codeMap[k];
  }
  return null;
}
const keyOf = (e) => [e.lemma, e.object ?? '', e.prep ?? ''].join(' ').replace(/\s+/g, ' ').trim();
// Review keys are "lemma", "lemma prep" or "lemma object prep", written as the phrase reads
// ("call on", "impose sanctions on"); "lemma *" matches every entry of the lemma.
const phraseOf = (e) => [e.lemma, e.object, e.prep].filter(Boolean).join(' ');
const excl = review.exclude;
const retype = review.retype;
// A bare lemma key ("call") excludes only the plain transitive entry; "call on" survives.
const isExcluded = (e) => Object.hasOwn(excl, phraseOf(e)) || Object.hasOwn(excl, `${e.lemma} *`);

if (dump) {
  for (const c of cands) {
    const t = typeOf(c.cameo);
    console.log(
      [phraseOf(c), c.cameo, t ?? '-', isExcluded(c) ? 'EXCL' : '', c.required ? 'req' : '', c.origin].join(
        '\t',
      ),
    );
  }
  console.error(`blocks ${blocks.length}, candidates ${cands.length}, unparsed lines ${unparsed.length}`);
  for (const u of unparsed) console.error(`unparsed: ${u}`);
  process.exit(0);
}

const byKey = new Map();
const conflicts = new Set();
function put(e) {
  const k = keyOf(e);
  const prev = byKey.get(k);
  // One entry per (lemma, object, prep). When CAMEO gives the same surface several codes, the most
  // specific (longest) code wins, then the numerically smallest, so the output does not depend on
  // dictionary order. Differing *types* for one surface are reported: the review should retype them.
  if (prev && prev.type !== e.type) conflicts.add(k);
  if (
    !prev ||
    e.cameo.length > prev.cameo.length ||
    (e.cameo.length === prev.cameo.length && e.cameo < prev.cameo)
  ) {
    byKey.set(k, e);
  }
}
for (const c of cands) {
  if (isExcluded(c)) continue;
  const phrase = phraseOf(c);
  // A retype overrides the code map (and may give a type to a code mapped to null).
  let type = typeOf(c.cameo);
  if (Object.hasOwn(retype, phrase)) type = retype[phrase].type;
  else if (Object.hasOwn(retype, `${c.lemma} *`)) type = retype[`${c.lemma} *`].type;
  if (!type) continue;
  const e = { lemma: c.lemma, type, cameo: c.cameo };
  if (c.object) e.object = c.object;
  if (c.prep) e.prep = c.prep;
  if (c.required) e.required = true;
  put(e);
}
for (const k of [...conflicts].sort())
  console.warn(`type conflict for "${k}" (add a retype to verb-review.json)`);
for (const a of review.add) {
  const e = { lemma: a.lemma, type: a.type, cameo: a.cameo ?? '' };
  if (a.object) e.object = a.object;
  if (a.prep) e.prep = a.prep;
  if (a.required) e.required = true;
  byKey.set(keyOf(e), e);
}

// "required" is only meaningful when the bare verb does not carry the same type: "call on" is
// required (bare "call" is excluded), "meet with" is not (bare "meet" is also a meeting).
for (const e of byKey.values()) {
  if (!e.prep || e.object) {
    delete e.required;
    continue;
  }
  const bare = byKey.get(e.lemma);
  if (bare && bare.type === e.type) delete e.required;
  else e.required = true;
}

const verbs = [...byKey.values()]
  .sort((x, y) =>
    x.lemma < y.lemma ? -1 : x.lemma > y.lemma ? 1 : keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0,
  )
  .map((e) => {
    // Fixed key order so the file diffs line by line.
    const o = { lemma: e.lemma };
    if (e.object) o.object = e.object;
    if (e.prep) o.prep = e.prep;
    o.type = e.type;
    if (e.cameo) o.cameo = e.cameo;
    if (e.required) o.required = true;
    return o;
  });

const doc = {
  _doc: [
    'Verb lexicon for the relation extractor: a verb lemma (optionally with a required direct-object noun and/or a preposition introducing the target actor) and the relation type it expresses between its subject (source) and target.',
    'Fields: lemma = verb lemma; object = noun that must be the direct object (light-verb phrases: "impose sanctions on"); prep = preposition/particle after the verb (or its object) that introduces the target, else the target is the direct object; required = the type holds only with prep; cameo = the CAMEO code it was derived from (for hand additions: the code it would carry).',
    'Generated - do not edit by hand. Made by packages/core/scripts/derive-verb-lexicon.mjs from the CAMEO verb dictionary, applying the decisions in verb-review.json (codeMap: CAMEO code prefix -> type; objectPreps + lightVerbs for light-verb phrases; exclude; retype; add).',
    'To extend or correct: edit verb-review.json (add an entry to "add", "exclude" or "retype", with a short reason) and re-run: node packages/core/scripts/derive-verb-lexicon.mjs CAMEO.2.0.txt',
  ],
  _source: `openeventdata/petrarch2 petrarch2/data/dictionaries/CAMEO.2.0.txt at commit ${commit}; MIT licence (see VERBS-LICENSE.md)`,
  verbs,
};
// 2-space JSON but one verb entry per line, for readable diffs.
const body = verbs.map(
  (v) =>
    `    ${JSON.stringify(v).replace(/":/g, '": ').replace(/,"/g, ', "').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`,
);
const out = `{\n  "_doc": ${JSON.stringify(doc._doc, null, 2).replace(/\n/g, '\n  ')},\n  "_source": ${JSON.stringify(doc._source)},\n  "verbs": [\n${body.join(',\n')}\n  ]\n}\n`;
JSON.parse(out); // guard: the hand-rolled layout must stay valid JSON
writeFileSync(resolve(dataDir, 'verbs.json'), out);
const counts = {};
for (const v of verbs) counts[v.type] = (counts[v.type] ?? 0) + 1;
console.log(`wrote ${verbs.length} entries to src/extract/data/verbs.json`, counts);
if (unparsed.length)
  console.log(`${unparsed.length} dictionary lines not parsed (run with --dump to list them)`);
