import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/extract/index.js';
import { extract, triples } from './helpers-extract.js';

// Phenomena of published news pages (issue 7), each in sentences written for this test.

describe('titles and roles, one grammar', () => {
  it('reads office words, modifiers and complements around the title', () => {
    expect(triples('Lebanon’s Parliament Speaker Anna Kowal met envoys.')).toContain(
      'anna-kowal represents lebanon',
    );
    expect(triples('Israeli Minister of Strategic Affairs Ron Dermer arrived.')).toContain(
      'ron-dermer represents israel',
    );
    expect(triples('Kenyan Deputy National Security Adviser Paul Otieno flew in.')).toContain(
      'paul-otieno represents kenya',
    );
  });

  it('reads a name before its title, set off by a comma', () => {
    expect(triples('Kenji Sato, the Japanese foreign ministry official, travelled to Seoul.')).toContain(
      'kenji-sato represents japan',
    );
    expect(triples('Tomas Varga, Prime Minister of Hungary, spoke on Monday.')).toContain(
      'tomas-varga represents hungary',
    );
  });

  it('takes the state of a known person from the gazetteer when the title names none', () => {
    expect(triples('President Joseph Aoun received the envoy.')).toContain('joseph-aoun represents lebanon');
  });

  it('accepts a one-word name after a strong title, but not a pronoun or an institution', () => {
    const names = extract('President Lee said the General Assembly would meet.').actors.map((a) => a.id);
    expect(names).toContain('lee');
    expect(names).not.toContain('assembly');
  });

  it('creates no person from a title-case headline', () => {
    const result = extract('Russia Summons French Ambassador Over Minister’s Comments');
    expect(result.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('does not let an alias inside an unknown name cut it', () => {
    expect(extract('Foreign Minister Marta Lindqvist Wagner spoke.').actors.map((a) => a.id)).toEqual([
      'marta-lindqvist-wagner',
    ]);
  });

  it('reads hyphenated given names whole', () => {
    expect(triples('Taiwanese President Lai Ching-te accused Beijing of coercion.')).toContain(
      'lai-ching-te represents taiwan',
    );
  });
});

describe('verbs of the CAMEO lexicon, by lemma', () => {
  it('reads any inflection of a listed verb', () => {
    expect(triples('Norway condemns Russia.')).toEqual(['norway criticizes russia']);
    expect(triples('Norway condemned Russia.')).toEqual(['norway criticizes russia']);
  });

  it('reads a passive the other way round', () => {
    expect(triples('The sanctions package is being blocked by Hungary.')).toEqual([]);
    expect(triples('Ukraine was praised by Poland.')).toEqual(['poland praises ukraine']);
  });

  it('reads a preposition or a light-verb noun before the target', () => {
    expect(triples('Kenya called on Ethiopia to withdraw.')).toContain('kenya urges ethiopia');
    expect(triples('Canada imposed new sanctions on Iran.')).toContain('canada blocks iran');
  });

  it('reads a pact signed together as cooperation, with nobody after the noun', () => {
    expect(triples('Egypt and Israel signed the deal without US mediation.')).toEqual([
      'egypt cooperates israel',
    ]);
  });

  it('reads no object after a stranded preposition', () => {
    expect(triples('The countries Norway has spoken with say they will decide.')).toEqual([]);
  });
});

describe('restrictions, protests and ties', () => {
  it('reads tariffs, recalled ambassadors and friendly relations', () => {
    expect(triples('The United States imposed tariffs on China.')).toEqual(['united-states blocks china']);
    expect(triples('Sudan recalled its ambassador from Kenya.')).toEqual(['sudan blocks kenya']);
    expect(triples('Pakistan maintains friendly relations with both Saudi Arabia and Iran.')).toEqual([
      'pakistan cooperates saudi-arabia',
      'pakistan cooperates iran',
    ]);
  });

  it('reads a verb the tagger took for an adjective right after its subject', () => {
    expect(triples('China branded Taiwan a separatist province.')).toEqual(['china criticizes taiwan']);
  });
});

describe('mediation said not to happen', () => {
  it('reads refusals and absences of mediation as no mediation', () => {
    expect(triples('Qatar rejected any mediation by Turkey between Israel and Hamas.')).not.toContain(
      'turkey mediates israel',
    );
    expect(triples('Oman declined an offer to mediate between Iran and the United States.')).toEqual([]);
  });
});

describe('the shape of news pages', () => {
  it('reads a wire dateline as a place, not an actor', () => {
    expect(triples('NAIROBI, Kenya, Aug 20 — Somalia met Ethiopia on Tuesday.')).toEqual([
      'somalia meets ethiopia',
    ]);
    expect(triples('BRUSSELS (AP) — Hungary blocked the package.')).toEqual([]);
  });

  it('joins the lines of a hard-wrapped paragraph and keeps exact offsets', () => {
    const text = [
      'The foreign ministers of several countries gathered in the capital on',
      'Monday, where Egypt hosted delegations from Qatar and Jordan for talks',
      'about the ceasefire and the reconstruction of the territory after the',
      'war, officials said in a statement released late in the evening.',
      '',
      'A second paragraph follows here.',
    ].join('\n');
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(2);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(triples(text)).toEqual(expect.arrayContaining(['egypt hosts qatar', 'egypt hosts jordan']));
  });

  it('keeps a headline apart from the body that follows it', () => {
    expect(splitSentences('Egypt hosts talks\nQatar and Jordan met in Cairo on Monday.')).toHaveLength(2);
  });

  it('treats a caption printed twice, bare and with its credit, as furniture both times', () => {
    const text =
      'Ministers at a meeting in Geneva with the Swiss president.\nMinisters at a meeting in Geneva with the Swiss president. (Photo: Jane Roe/AFP)\nEgypt met Qatar.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Egypt met Qatar.']);
  });
});

describe('organisations the gazetteer does not know', () => {
  it('reads a capitalised name ending in an organisation noun, its state and its acronym', () => {
    const result = extract(
      'Officials of the National Water Agency of Chad (NWAC) met Niger on Monday. Later, NWAC hosted Mali.',
    );
    const agency = result.actors.find((a) => a.id === 'national-water-agency-of-chad');
    expect(agency).toMatchObject({ kind: 'organization', affiliation: 'chad' });
    expect(result.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain(
      'national-water-agency-of-chad hosts mali',
    );
  });

  it('leaves a body named after its state to that state, and ministries too', () => {
    const ids = extract('The Philippine Coast Guard and the Ministry of Health of Chad met.').actors.map(
      (a) => a.id,
    );
    expect(ids).not.toContain('coast-guard');
    expect(ids.some((id) => id.startsWith('ministry'))).toBe(false);
  });
});

describe('references a reader resolves', () => {
  it('reads an object "him" as the person spoken of last, not one named before it', () => {
    expect(
      triples(
        'Foreign Minister Jane Doe arrived in Cairo. Egypt and Jordan were the first to congratulate him.',
      ),
    ).toEqual(expect.arrayContaining(['egypt praises jane-doe', 'jordan praises jane-doe']));
  });

  it('never reads an object pronoun as the subject of its own clause', () => {
    expect(
      triples(
        'Foreign Minister Anna Berg praised President Jan Novak, and Novak invited her to visit Prague.',
      ),
    ).toContain('jan-novak invites anna-berg');
  });

  it('reads "we" inside a quotation as its speaker', () => {
    expect(
      triples('“We will keep cooperating with the IAEA,” Iranian Foreign Minister Abbas Araghchi said.'),
    ).toContain('abbas-araghchi cooperates international-atomic-energy-agency');
  });

  it('reads "we" in a quotation that runs on as the speaker named where it closes', () => {
    const text =
      'Foreign Minister Abbas Araghchi arrived. “As a member we continue our cooperation with the IAEA. Differences can be resolved,” Araghchi said.';
    expect(triples(text)).toContain('abbas-araghchi cooperates international-atomic-energy-agency');
  });

  it('counts the members named after a group among its subjects', () => {
    expect(
      triples('Their allies including Australia and Japan expressed support for the Philippines.'),
    ).toEqual(expect.arrayContaining(['australia supports philippines', 'japan supports philippines']));
  });
});

describe('joining a body (issue 13)', () => {
  it('reads joining, seeking to join and contributing troops to an organisation or force', () => {
    expect(triples('Sweden joined NATO.')).toEqual(['sweden joins nato']);
    expect(triples('Indonesia offered troops to the International Stabilization Force.')).toEqual([
      'indonesia joins international-stabilization-force',
    ]);
  });

  it('does not read joining a state in an act as membership', () => {
    expect(triples('Saudi Arabia joined Egypt in condemning Israel.')).not.toContain(
      'saudi-arabia joins egypt',
    );
  });
});
