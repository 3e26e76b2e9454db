import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/extract/index.js';
import { defaultGazetteer } from '../src/gazetteer/index.js';
import { readCorpus } from '../src/node.js';
import { extract, triples } from './helpers-extract.js';

const CORPUS = new URL('../../../data/corpus', import.meta.url).pathname;

describe('relation patterns', () => {
  it('reads active frames with coordinated lists, one relation per member', () => {
    expect(
      triples(
        'Foreign Minister Hakan Fidan invited counterparts from Saudi Arabia, Qatar, the United Arab Emirates, Jordan and Indonesia.',
      ),
    ).toEqual([
      // A bare title before a known person: the gazetteer says whom they act for.
      'hakan-fidan represents turkey',
      'hakan-fidan invites saudi-arabia',
      'hakan-fidan invites qatar',
      'hakan-fidan invites united-arab-emirates',
      'hakan-fidan invites jordan',
      'hakan-fidan invites indonesia',
    ]);
  });

  it('reads passives, including the agent of a coordinated verb', () => {
    expect(triples('Upon arrival, Ishaq Dar was received by Ambassador Ahmet Cemil Miroğlu.')).toEqual([
      'ahmet-cemil-miroglu represents turkey',
      'ahmet-cemil-miroglu hosts ishaq-dar',
    ]);
    expect(
      triples(
        'The meeting was hosted by Turkish Foreign Minister Hakan Fidan and brought together ministers from Qatar and Jordan.',
      ),
    ).toEqual(['hakan-fidan represents turkey', 'hakan-fidan hosts qatar', 'hakan-fidan hosts jordan']);
  });

  it('reads mediation with the parties named in the sentence', () => {
    expect(triples('Brokered by Qatar, the Israel-Hamas ceasefire held.')).toEqual([
      'qatar mediates israel',
      'qatar mediates hamas',
    ]);
    expect(triples('Egypt brokered a truce between Russia and Ukraine.')).toEqual([
      'egypt mediates russia',
      'egypt mediates ukraine',
    ]);
  });

  it('reads nominal frames and "led by"', () => {
    expect(
      triples("Ankara's close ties with Hamas and Israel's opposition to a Turkish role remain tensions."),
    ).toEqual(['turkey cooperates hamas', 'israel opposes turkey']);
    expect(triples('Fidan held talks with a Hamas delegation led by Khalil al-Hayya.')).toEqual([
      'hakan-fidan meets hamas',
      'khalil-al-hayya represents hamas',
    ]);
  });

  it('drops negated and refused events, and reads refusals that hurt as blocks', () => {
    expect(triples('Ministers gathered in Istanbul, though Egypt notably declined to attend.')).toEqual([]);
    expect(triples('Egypt did not meet Qatar.')).toEqual([]);
    expect(triples('A Turkish team was held at the border because Israel has not permitted entry.')).toEqual([
      'israel blocks turkey',
    ]);
    expect(triples('The team is stuck because of Israel’s refusal to let Turkish rescuers in.')).toEqual([
      'israel blocks turkey',
    ]);
  });

  it('attributes reported speech to the inner clause, not the speaker', () => {
    expect(triples('Fidan said Israel opposes any Turkish role in the force.')).toEqual([
      'israel opposes turkey',
    ]);
    expect(triples('“Israel rejects Turkey,” Fidan said.')).toEqual(['israel opposes turkey']);
  });

  it('reads reciprocal accusations both ways', () => {
    expect(triples('Israel and Hamas have accused each other of violations.')).toEqual([
      'israel criticizes hamas',
      'hamas criticizes israel',
    ]);
  });

  it('generalises to sentences about other crises', () => {
    expect(triples('Saudi Arabia hosted talks between Ukrainian and Russian delegations in Riyadh.')).toEqual(
      ['saudi-arabia hosts ukraine', 'saudi-arabia hosts russia', 'ukraine meets russia'],
    );
    // "Qatar's prime minister" is the person holding the role when the gazetteer knows one, else Qatar.
    const premier = defaultGazetteer()
      .actors()
      .find((a) => a.roles?.some((r) => r.title === 'prime minister' && r.of === 'qatar' && !r.until));
    expect(triples("Qatar's prime minister met Hamas leaders in Doha.")).toEqual([
      `${premier?.id ?? 'qatar'} meets hamas`,
    ]);
    expect(triples('China condemned the Philippines on Tuesday.')).toEqual(['china criticizes philippines']);
    expect(triples('The EU imposed sanctions on Iran.')).toEqual(['european-union blocks iran']);
    expect(triples('Egypt was invited by France but declined.')).toEqual(['france invites egypt']);
    expect(triples('India and Pakistan agreed to deepen cooperation.')).toEqual([
      'india cooperates pakistan',
    ]);
    expect(triples('Brazil praised Argentina and urged Chile to back the plan.')).toEqual([
      'brazil praises argentina',
      'brazil urges chile',
    ]);
  });

  it('keeps the same triple once per sentence', () => {
    expect(triples('Turkey met Egypt and later met Egypt again.')).toEqual(['turkey meets egypt']);
  });

  it('lowers confidence for hedged sentences', () => {
    const plain = extract('Turkey praised Egypt.').relations[0];
    const hedged = extract('Turkey reportedly praised Egypt.').relations[0];
    expect(hedged?.evidence.confidence).toBeLessThan(plain?.evidence.confidence ?? 0);
  });
});

describe('evidence dates', () => {
  const date = (text: string, publishedAt = '2025-11-11') =>
    extract(text, publishedAt).relations[0]?.evidence.date;

  it('uses the date the sentence states', () => {
    expect(date('Turkey hosted Egypt on November 3, 2025.')).toBe('2025-11-03');
    expect(date('Turkey hosted Egypt on October 10.')).toBe('2025-10-10');
  });

  it('resolves weekdays against the publication date, forward for planned events', () => {
    expect(date('Turkey hosted Egypt on Monday.')).toBe('2025-11-10');
    expect(date('Turkey will host Egypt on Wednesday.')).toBe('2025-11-12');
  });

  it('falls back to the publication date, and ignores dates that name a thing', () => {
    expect(date('Turkey hosted Egypt.')).toBe('2025-11-11');
    expect(date('Turkey praised Egypt for the October 10 ceasefire.')).toBe('2025-11-11');
    expect(extract('Turkey hosted Egypt.').relations[0]?.evidence.date).toBeUndefined();
  });
});

describe('demo corpus', () => {
  const extractor = createExtractor();
  const results = readCorpus(CORPUS).map((article) => extractor.extract(article));
  const all = results.flatMap((r) => r.relations.map((rel) => ({ ...rel, doc: r.article.id })));
  const has = (doc: string, source: string, type: string, target: string) =>
    all.some((r) => r.doc.startsWith(doc) && r.source === source && r.type === type && r.target === target);

  it('quotes every relation exactly from the original text', () => {
    for (const result of results) {
      for (const relation of result.relations) {
        const { start, end, quote, confidence } = relation.evidence;
        expect(result.article.text.slice(start, end)).toBe(quote);
        expect(confidence).toBeGreaterThan(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('finds the acceptance relations', () => {
    for (const state of [
      'saudi-arabia',
      'qatar',
      'united-arab-emirates',
      'jordan',
      'pakistan',
      'indonesia',
    ]) {
      expect(has('002', 'hakan-fidan', 'hosts', state)).toBe(true);
    }
    expect(has('000', 'hakan-fidan', 'meets', 'hamas')).toBe(true);
    expect(has('000', 'khalil-al-hayya', 'represents', 'hamas')).toBe(true);
    expect(has('000', 'israel', 'opposes', 'turkey')).toBe(true);
    expect(has('002', 'donald-trump', 'mediates', 'israel')).toBe(true);
    expect(has('002', 'donald-trump', 'mediates', 'hamas')).toBe(true);
    for (const mediator of ['egypt', 'turkey', 'qatar', 'united-states'])
      expect(has('004', mediator, 'mediates', 'hamas')).toBe(true);
    expect(has('003', 'ibrahim-kalin', 'meets', 'khalil-al-hayya')).toBe(true);
    expect(has('004', 'hakan-fidan', 'hosts', 'badr-abdelatty')).toBe(true);
  });

  it('reads no meeting from Egypt declining to attend, and nothing from furniture', () => {
    const declined = all.filter((r) => r.evidence.quote.includes('declined to attend'));
    expect(declined.filter((r) => r.type === 'meets' || r.type === 'hosts')).toEqual([]);
    expect(all.filter((r) => /AFP\)|Daily Edition|journalism/.test(r.evidence.quote))).toEqual([]);
  });
});
