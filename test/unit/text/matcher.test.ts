import { describe, expect, it } from 'vitest';
import { compileRules, loadRules } from '../../../src/classify/index.js';
import type { Hit } from '../../../src/text/matcher.js';
import { FIELD_BIT } from '../../../src/text/matcher.js';
import { parseTerm } from '../../../src/text/tokenize.js';

/** A tiny rules set so each test shows exactly which terms are in play. */
function matcherFor(terms: Record<string, string[]>, ignore: string[] = []) {
  const compiled = compileRules(
    loadRules({
      version: 1,
      negation: { window: 5, negators: { en: ['not', "don't", 'no'], ru: ['не'], bg: ['не', 'няма'] }, breaks: { en: ['but'] } },
      ignore: { en: ignore },
      signals: { comment: { weight: 0.5 }, lowScore: { max: 6, weight: 0.6 } },
      rules: { probe: { type: 'activist', weight: 0.9, fields: ['text'], terms } },
    }),
  );
  return (text: string): Hit[] => {
    const hits: Hit[] = [];
    compiled.matcher.scan(text, FIELD_BIT.text, hits);
    return hits;
  };
}

const words = (hits: Hit[]) => hits.map((hit) => hit.words);

describe('stems and word boundaries', () => {
  const scan = matcherFor({ ru: ['юрист*', 'суд*'], bg: ['адвокат*', 'съд*'], en: ['lawyer*', 'court'] }, ['судьб*', 'food court']);

  it('matches Russian inflected forms of a stem', () => {
    expect(words(scan('Позвонил юристу, потом встретился с юристом'))).toEqual(['юристу', 'юристом']);
    expect(words(scan('суд, в суде, судом'))).toEqual(['суд', 'суде', 'судом']);
  });

  it('matches Bulgarian forms with the article', () => {
    expect(words(scan('адвокатът ми каза: ще се видим в съда'))).toEqual(['адвокатът', 'съда']);
  });

  it('never matches inside another word', () => {
    expect(scan('разбилась посуда')).toEqual([]);
    expect(scan('the courtroom drama')).toEqual([]); // "court" is an exact word, not a stem
  });

  it('lets a longer ignore stem shadow a shorter term stem', () => {
    expect(scan('судьба заказа')).toEqual([]);
    expect(words(scan('суды'))).toEqual(['суды']);
  });

  it('masks a word covered by an ignore phrase', () => {
    expect(scan('the food court was dirty')).toEqual([]);
    expect(words(scan('see you in court'))).toEqual(['court']);
  });

  it('folds case', () => {
    expect(words(scan('ЮРИСТ'))).toEqual(['ЮРИСТ']);
    expect(words(scan('Lawyers'))).toEqual(['Lawyers']);
  });
});

describe('phrases', () => {
  const scan = matcherFor({ en: ['legal action', 'media', 'social media', 'защит* прав* потребител*'] });

  it('match consecutive words, stems included', () => {
    expect(words(scan('I will take legal action'))).toEqual(['legal action']);
    expect(words(scan('в общество защиты прав потребителей'))).toEqual(['защиты прав потребителей']);
  });

  it('do not reach across a clause break', () => {
    expect(scan('it was legal. action will follow')).toEqual([]);
  });

  it('replace the shorter match they cover', () => {
    expect(words(scan('all over social media'))).toEqual(['social media']);
  });
});

describe('negation', () => {
  const scan = matcherFor({ en: ['lawyer*'], ru: ['суд*'], bg: ['съд*'] });
  const negated = (text: string) => scan(text).map((hit) => hit.negated);

  it('cancels a hit shortly after a negator in the same clause', () => {
    expect(negated("I don't want to involve a lawyer")).toEqual([true]);
    expect(negated('не хочу в суд')).toEqual([true]);
    expect(negated('не искам да ходя в съда')).toEqual([true]);
    expect(negated('I don’t need a lawyer')).toEqual([true]); // curly apostrophe
  });

  it('stops at punctuation and break words', () => {
    expect(negated("I didn't get a refund, I called a lawyer")).toEqual([false]);
    expect(negated('no answer but my lawyer is ready')).toEqual([false]);
  });

  it('only looks back as far as the window', () => {
    expect(negated('not happy with the order and now my lawyer writes')).toEqual([false]);
  });
});

describe('parseTerm', () => {
  it('splits words and marks stems', () => {
    expect(parseTerm('Защит* прав')).toEqual([
      { text: 'защит', stem: true },
      { text: 'прав', stem: false },
    ]);
    expect(parseTerm('e-mail')).toEqual([
      { text: 'e', stem: false },
      { text: 'mail', stem: false },
    ]);
  });

  it('explains what is wrong with a bad term', () => {
    expect(parseTerm('с*')).toMatch(/too short/);
    expect(parseTerm('la*wyer')).toMatch(/may only end a word/);
    expect(parseTerm('   ')).toMatch(/at least one word/);
    expect(parseTerm('lawyer!')).toMatch(/never occur inside a word/);
  });
});

describe('scanning part of a text', () => {
  it('finds only the hits inside [from, to), with offsets of the whole text', () => {
    const compiled = compileRules(
      loadRules({
        version: 1,
        negation: { window: 5, negators: { en: ['not'] }, breaks: {} },
        ignore: {},
        signals: { comment: { weight: 0.5 }, lowScore: { max: 6, weight: 0.6 } },
        rules: { probe: { type: 'activist', weight: 0.9, fields: ['text'], terms: { en: ['lawyer*', 'court'] } } },
      }),
    );
    const text = 'my lawyer says court, then court again';
    const hits: Hit[] = [];
    // "court" at 15–20 lies inside; "lawyer" at 3–9 starts before `from`, the second "court" (27–32) after `to`.
    compiled.matcher.scan(text, FIELD_BIT.text, hits, 10, 22);
    expect(hits.map((hit) => [hit.words, hit.start, hit.end])).toEqual([['court', 15, 20]]);
  });
});
