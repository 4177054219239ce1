/**
 * explainClassification: why a record got its type (the step of the precedence in
 * docs/definitions.md, "Complainer types", and the evidence) and what would have changed it.
 */
import { describe, expect, it } from 'vitest';
import { classify, explainClassification, isSkipped } from '../../../src/classify/index.js';
import { complaintRecordOf, readLabelledComplaints } from '../../../fixtures/complaints.js';
import { rules } from './helpers.js';

describe('explainClassification', () => {
  it('names the type classify gives, on every labelled fixture', () => {
    for (const row of readLabelledComplaints()) {
      const record = complaintRecordOf(row);
      const result = classify(record, rules);
      expect(explainClassification(record, rules).type, row.id).toBe(isSkipped(result) ? undefined : result.type);
    }
  });

  it('a third party: the step, the words, and what the record would be without it', () => {
    const explanation = explainClassification({ channel: 'email', text: 'My lawyer will write to you, and I left a one star review on Google.' }, rules);
    expect(explanation).toMatchObject({ type: 'activist', step: 'third-party', text: 'comment' });
    expect(explanation.because).toContain('"lawyer" (activist-legal, text)');
    expect(explanation.whatIf[0]).toEqual({ kind: 'without-third-party', change: expect.stringContaining('without the third party'), type: 'irate' });
  });

  it('nothing to go by: a low score would make it silent, low being a detractor\'s 0–6 on the 0–10 scale', () => {
    const explanation = explainClassification({ status: 'open' }, rules);
    expect(explanation.type).toBeUndefined();
    expect(explanation.whatIf).toContainEqual({ kind: 'status-or-score', change: 'a dissatisfaction status (returned, cancelled) or a score ≤ 6', type: 'silent', scoreMax: 6 });
  });

  it('a score in the subject with no comment: silent, the subject read as a form line, the score given', () => {
    const explanation = explainClassification({ channel: 'Опрос', subject: 'Оценка 2/10' }, rules);
    expect(explanation).toMatchObject({ type: 'silent', step: 'silent-signal', subject: 'form', text: 'absent', score: { value: 2, part: 'subject', low: true } });
    expect(explanation.evidence).toEqual([
      { rule: 'silent-low-score', type: 'silent', part: 'subject', words: 'Оценка 2/10', counted: true, decisive: true },
    ]);
    expect(explanation.whatIf).toContainEqual({ kind: 'own-comment', change: expect.stringContaining('comment in the customer'), type: 'voicer' });
  });

  it('a contact channel outweighed by a silent signal is shown as counted but not decisive', () => {
    const explanation = explainClassification({ channel: 'web', subject: 'Membership cancellation', status: 'Cancelled' }, rules);
    expect(explanation.type).toBe('silent');
    expect(explanation.evidence).toContainEqual({ rule: 'voicer-venue', type: 'voicer', part: 'channel', words: 'web', counted: true, decisive: false });
  });

  it('hits set aside say why: hedged, negated, outweighed by a private message', () => {
    expect(explainClassification({ channel: 'email', text: 'I might leave a review on Yelp.' }, rules).evidence)
      .toContainEqual(expect.objectContaining({ rule: 'irate-review', counted: false, setAside: 'hedged' }));
    expect(explainClassification({ channel: 'chat', text: "I don't need a lawyer, just the refund." }, rules).evidence)
      .toContainEqual(expect.objectContaining({ rule: 'activist-legal', counted: false, setAside: 'negated' }));
    const dm = explainClassification({ channel: 'facebook', text: 'Sent you a DM about the refund.' }, rules);
    expect(dm).toMatchObject({ type: 'voicer', step: 'contact' });
    expect(dm.evidence).toContainEqual(expect.objectContaining({ rule: 'irate-social', part: 'channel', setAside: 'private-message' }));
  });

  it('the police told of a theft by someone else are set aside as not against us, and a closing beside them stays one', () => {
    const explanation = explainClassification({ channel: 'web form', text: 'Please cancel my card. My bag was stolen on the bus and I reported it to the police.' }, rules);
    expect(explanation).toMatchObject({ type: 'silent', step: 'silent-signal' });
    expect(explanation.evidence).toContainEqual(expect.objectContaining({ rule: 'activist-authority', words: 'police', counted: false, setAside: 'not-against-us' }));
  });

  it('a bare fraction and ratings field by field: the score on 0–10, worked by hand', () => {
    // "3/5" on 1–5: (3 − 1) × 2.5 = 5; "1/5": 0.
    expect(explainClassification({ channel: 'Typeform', text: '3/5' }, rules).score).toMatchObject({ value: 5, low: true });
    expect(explainClassification({ channel: 'Typeform', text: '1/5' }, rules).score).toMatchObject({ value: 0, low: true });
    // The lowest of the fields, each drawn with a star (1–5): 2 ★ → (2 − 1) × 2.5 = 2.5; 4 ★ → 7.5.
    expect(explainClassification({ channel: 'Google Формы — отзыв', subject: 'Еда: 4 ★ | Сервис: 2 ★' }, rules).score).toMatchObject({ value: 2.5, low: true });
    // With no star, on 0–10 as a bare answer: the lowest, 3.
    expect(explainClassification({ channel: 'Qualtrics survey', subject: 'Q1 Overall: 7 | Q2 Food: 3' }, rules).score).toMatchObject({ value: 3, low: true });
  });

  it('a voicer by comment would be silent with only a dissatisfaction signal', () => {
    const explanation = explainClassification({ text: 'The cleaner broke a vase.' }, rules);
    expect(explanation).toMatchObject({ type: 'voicer', step: 'comment' });
    expect(explanation.whatIf).toContainEqual({ kind: 'signal-only', change: expect.stringContaining('only a dissatisfaction signal'), type: 'silent' });
  });

  it('a skipped record says what would give it a type', () => {
    const explanation = explainClassification({ channel: 'Survey', subject: 'NPS: 9' }, rules);
    expect(explanation).toMatchObject({ type: undefined, step: 'none', score: { value: 9, low: false } });
    expect(explanation.whatIf.map((change) => change.type)).toEqual(expect.arrayContaining(['voicer', 'silent']));
  });
});
