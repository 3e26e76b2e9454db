// Deterministic synthetic news corpus for the benchmark: articles in wire-copy style whose actors come
// from the built-in gazetteer. Same seed, same corpus, byte for byte.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../dist/index.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = [
  'the Gaza ceasefire',
  'reconstruction',
  'humanitarian access',
  'the stabilization force',
  'regional security',
  'the hostage deal',
  'energy cooperation',
  'trade ties',
];

// Relation sentences. {A} {B} {C} are actor references, {list} a coordinated list, {topic}/{day} filler.
const RELATION_TEMPLATES = [
  '{A} hosted {B} in talks on {topic} on {day}.',
  '{A} met {B} on the sidelines of the summit to discuss {topic}.',
  '{A} held talks with {B} and {C} on {topic}, officials said.',
  '{B} was hosted by {A} for a round of consultations on {topic}.',
  '{A} welcomed {list} to a conference on {topic}.',
  '{A} has opposed any role for {B} in {topic}.',
  '{A} criticized {B} over its handling of {topic}.',
  '{A} accused {B} of undermining {topic}.',
  '{A} urged {B} to make progress on {topic}.',
  '{A} praised {B} for its role in {topic}.',
  '{A} thanked {B} for its support on {topic}.',
  '{A} and {B} agreed to coordinate closely on {topic}.',
  '{A} brokered the deal between {B} and {C}.',
  '{A} backs {B} on {topic}, a senior official said.',
  '{A} invited {B} to attend the talks on {topic}.',
  '{A} delivered aid to {B} on {day}.',
  '{A} has not permitted entry to {B} officials.',
  '{A} did not meet {B} during the visit, officials said.',
  '{A} declined to attend the meeting hosted by {B}.',
];

const FILLER = [
  'The talks come amid rising tensions in the region.',
  'Analysts said the meeting signalled a shift in priorities.',
  'Details of the discussions were not immediately released.',
  'Sign up for our daily newsletter to get the latest news.',
  'The situation on the ground remains fragile, aid groups warned.',
  'Officials described the atmosphere as constructive but cautious.',
  'It was the third such meeting this month.',
  'Photo: delegates arrive for the talks.',
];

/** Draws an index with a Zipf-like skew, so a few actors make most of the news, as in real coverage. */
function skewedIndex(random, length) {
  return Math.min(length - 1, Math.floor(length * random() ** 3));
}

/**
 * A way of naming an actor in text: its name, an alias, "Ankara" for Turkey, "Turkish officials",
 * or a person with their title ("Turkish Foreign Minister Hakan Fidan").
 */
function referTo(actor, statesById, random) {
  const roll = random();
  if (actor.kind === 'person') {
    const role = actor.roles?.find((candidate) => candidate.of);
    const state = role ? statesById.get(role.of) : undefined;
    if (role && state?.demonyms?.[0] && roll < 0.5) {
      const title = role.title.replace(/\b(?!of\b|the\b|and\b)\w/g, (letter) => letter.toUpperCase());
      return `${state.demonyms[0]} ${title} ${actor.name}`;
    }
    return actor.name;
  }
  if (actor.kind === 'state') {
    if (roll < 0.15 && actor.metonyms?.[0]) return actor.metonyms[0];
    if (roll < 0.3 && actor.demonyms?.[0]) return `${actor.demonyms[0]} officials`;
  }
  if (roll > 0.85 && actor.aliases?.[0]) return actor.aliases[0];
  return actor.name;
}

/**
 * Generates `count` articles from the gazetteer's actors. Returns `{ id, text, publishedAt }` inputs.
 * @param {{ actors(): Array<object> }} gazetteer
 */
export function generateCorpus(gazetteer, count, seed = 2025) {
  const random = seededRandom(seed);
  const actors = gazetteer
    .actors()
    .filter((actor) => ['state', 'person', 'organization', 'armed_group'].includes(actor.kind));
  // A stable, seeded shuffle decides who is "in the news" most.
  const cast = actors
    .map((actor) => ({ actor, key: random() }))
    .sort((x, y) => x.key - y.key)
    .map(({ actor }) => actor);
  const statesById = new Map(
    actors.filter((actor) => actor.kind === 'state').map((actor) => [actor.id, actor]),
  );
  const pick = (list) => list[Math.floor(random() * list.length)];
  const castMember = (exclude) => {
    for (;;) {
      const actor = cast[skewedIndex(random, cast.length)];
      if (!exclude.includes(actor)) return actor;
    }
  };

  const articles = [];
  const start = Date.UTC(2025, 0, 1);
  for (let index = 0; index < count; index++) {
    const protagonists = [castMember([])];
    protagonists.push(castMember(protagonists));
    const paragraphs = [];
    const sentenceCount = 12 + Math.floor(random() * 18);
    let paragraph = [];
    for (let sentence = 0; sentence < sentenceCount; sentence++) {
      if (random() < 0.3) {
        paragraph.push(pick(FILLER));
      } else {
        // Articles keep coming back to their two protagonists, with others in supporting roles.
        const a = random() < 0.6 ? protagonists[0] : castMember([]);
        const b = random() < 0.6 && a !== protagonists[1] ? protagonists[1] : castMember([a]);
        const c = castMember([a, b]);
        const listMembers = [b, c, castMember([a, b, c])];
        const list = `${listMembers
          .slice(0, -1)
          .map((actor) => referTo(actor, statesById, random))
          .join(', ')} and ${referTo(listMembers.at(-1), statesById, random)}`;
        paragraph.push(
          pick(RELATION_TEMPLATES)
            .replace('{A}', referTo(a, statesById, random))
            .replace('{B}', referTo(b, statesById, random))
            .replace('{C}', referTo(c, statesById, random))
            .replace('{list}', list)
            .replace('{topic}', pick(TOPICS))
            .replace('{day}', pick(WEEKDAYS)),
        );
      }
      if (paragraph.length >= 3 || sentence === sentenceCount - 1) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    const title = `${protagonists[0].name} and ${protagonists[1].name} in talks on ${pick(TOPICS)}`;
    const publishedAt = new Date(start + Math.floor(random() * 330) * 86_400_000).toISOString().slice(0, 10);
    articles.push({
      id: `synthetic-${String(index).padStart(5, '0')}`,
      title,
      publishedAt,
      text: `${title}\n${paragraphs.join('\n')}\n`,
    });
  }
  return articles;
}

/**
 * Writes generated articles into `dir` as a corpus `entente build DIR` reads: one `<id>.txt` each, and a
 * manifest.json with their titles and dates.
 * @param {string} dir an existing directory
 * @param {Array<{ id: string, title?: string, publishedAt?: string, text: string }>} articles
 */
export function writeCorpus(dir, articles) {
  for (const { id, text } of articles) writeFileSync(join(dir, `${id}.txt`), text);
  const documents = articles.map(({ id, title, publishedAt }) => ({ file: `${id}.txt`, title, publishedAt }));
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ documents }, null, 2)}\n`);
}
