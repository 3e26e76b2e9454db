import { describe, expect, it } from 'vitest';
import { triples } from './helpers-extract.js';

describe('support for a text is support for its authors', () => {
  it('reads calls to implement a plan named after its authors', () => {
    expect(triples('Jordan called for the implementation of an Egyptian and Saudi ceasefire plan.')).toEqual([
      'jordan supports egypt',
      'jordan supports saudi-arabia',
    ]);
  });

  it('reads "weight behind" a roadmap prepared by someone', () => {
    expect(
      triples('Indonesia wants to throw its weight behind a roadmap prepared by the African Union.'),
    ).toEqual(['indonesia supports african-union']);
  });

  it('reads a passive "supported by" with the drafters of the subject text as target', () => {
    expect(triples('The motion was drafted by Brazil and Chile and supported by Canada.')).toEqual([
      'canada supports brazil',
      'canada supports chile',
    ]);
  });

  it('does not make an actor support its own list when a text has no author', () => {
    expect(triples('Norway will urge Oman and Kuwait to back proposals for a truce.')).toEqual([
      'norway urges oman',
      'norway urges kuwait',
    ]);
  });

  it('reads "voiced support for" with every coordinated subject', () => {
    expect(triples('Chile, Peru and the European Union voiced support for Ecuador.')).toEqual([
      'chile supports ecuador',
      'peru supports ecuador',
      'european-union supports ecuador',
    ]);
  });
});

describe('passives and agents', () => {
  it('reverses "represented by": the person represents the subject', () => {
    expect(triples('Kenya was represented by Foreign Minister Jane Wanjiru.')).toContain(
      'jane-wanjiru represents kenya',
    );
    expect(triples('Kenya was represented by Foreign Minister Jane Wanjiru.')).not.toContain(
      'kenya represents jane-wanjiru',
    );
  });

  it('never takes a passive agent as the subject of another passive', () => {
    expect(triples('The talks were convened by Norway and co-hosted by Kenya and Ghana.')).toEqual([]);
  });

  it('lets the agent of a passive act in a coordinated active verb when the subject is not an actor', () => {
    expect(
      triples('The summit was hosted by Kenya and brought together envoys from Chad and Niger.'),
    ).toEqual(['kenya hosts chad', 'kenya hosts niger']);
  });

  it('reads "credited" as praise', () => {
    expect(triples('Macron credited Egypt with keeping the talks alive.')).toEqual([
      'emmanuel-macron praises egypt',
    ]);
  });

  it('reads welcoming an actor’s effort or offer as support, not hosting', () => {
    expect(triples('Jordan welcomed the Omani effort to free the hostages.')).toEqual([
      'jordan supports oman',
    ]);
    expect(triples('Armenia welcomes Washington’s offer to host a signing.')).toEqual([
      'armenia supports united-states',
    ]);
    expect(triples('Pakistan welcomed the ruling on India’s water claims.')).toEqual([]);
    expect(triples('Oman welcomed the Iranian delegation.')).toEqual(['oman hosts iran']);
  });
});
