import { describe, expect, it } from 'vitest';
import { isFurnitureLine, splitSentences } from '../src/extract/index.js';

describe('splitSentences', () => {
  it('keeps exact offsets into the original text', () => {
    const text = '  Turkey hosted talks.  Egypt declined!\n\nWhy? Nobody knows.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Turkey hosted talks.',
      'Egypt declined!',
      'Why?',
      'Nobody knows.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('does not split after abbreviations, initials and initialisms', () => {
    const text =
      'Dr. Smith met Gen. Jones and U.S. officials in No. 10 on Monday. Donald J. Trump spoke to the U.N. Security Council. The talks ended.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Dr. Smith met Gen. Jones and U.S. officials in No. 10 on Monday.',
      'Donald J. Trump spoke to the U.N. Security Council.',
      'The talks ended.',
    ]);
  });

  it('splits after an initialism when a sentence opener follows', () => {
    expect(splitSentences('He flew to the U.S. The talks began.').map((s) => s.text)).toEqual([
      'He flew to the U.S.',
      'The talks began.',
    ]);
  });

  it('treats headlines and lines without final punctuation as sentences', () => {
    const text = 'Turkey Rallies Muslim Allies\nAnkara and Cairo in Focus\nThe meeting ended.';
    expect(splitSentences(text)).toHaveLength(3);
  });

  it('ends a sentence after a closing quote and starts one at an opening quote', () => {
    const text =
      '“We must end the massacre. A ceasefire is not enough,” Fidan said. “Gaza should be governed by Palestinians.”';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '“We must end the massacre.',
      'A ceasefire is not enough,” Fidan said.',
      '“Gaza should be governed by Palestinians.”',
    ]);
  });

  it('drops page furniture lines', () => {
    const text = [
      'Turkey hosted the talks.',
      'Get The Times of Israel’s Daily Edition',
      'By signing up, you agree to the terms',
      'Palestinians walk in Gaza City on November 3, 2025. (Omar AL-QATTAA / AFP)',
      'Erdogan attends a press conference. (Adem Altan/AFP)',
      'You appreciate our journalism',
      'Already a member? Sign in to stop seeing this',
      'Join Our Community',
      'Ahmed Kamel – Egypt Daily News',
      'Photo: Argentine President Javier Milei meets Lula in Brasilia.',
      'Picture: Kenyan troops arrive in Port-au-Prince',
      'Image - delegates leave the Doha talks',
      'File photo of the Armenian and Azerbaijani ministers shaking hands.',
      'Caption: Lavrov greets Wang Yi at the airport.',
      'Modi welcomes Putin at Hyderabad House in New Delhi (Reuters)',
      'Pezeshkian receives Fidan in Tehran. (AP Photo/Vahid Salemi)',
      'Egypt declined to attend.',
    ].join('\n');
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Turkey hosted the talks.',
      'Egypt declined to attend.',
    ]);
  });
});

describe('isFurnitureLine', () => {
  it('recognises furniture but not headlines or article sentences', () => {
    expect(isFurnitureLine('Thank you,')).toBe(true);
    expect(isFurnitureLine('Regional Diplomacy and Broader Engagement')).toBe(false);
    expect(isFurnitureLine('Turkey hosts Egypt – and Qatar watches closely, officials say.')).toBe(false);
  });
});
