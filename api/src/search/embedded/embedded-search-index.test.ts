import { describe, expect, it } from 'vitest';
import { offerDocuments } from '../conformance/fixture-builder.js';
import { FIXTURE_OFFERS, fixtureBatches } from '../conformance/fixture.js';
import { describeConformance } from '../conformance/run-conformance.js';
import { q } from '../conformance/scenarios.js';
import type { OfferSearchDocument } from '../search-index.port.js';
import { EmbeddedSearchIndex } from './embedded-search-index.js';
import { analyseText, foldText } from './text-analysis.js';
import { boundedEditDistance, Vocabulary } from './typo.js';

describeConformance('embedded', async () => new EmbeddedSearchIndex());

const spec = (id: string) => {
  const found = FIXTURE_OFFERS.find((o) => o.id === id);
  if (!found) throw new Error(id);
  return found;
};

/** Batches that wait for `release` before the last one, so a build can be observed half-way. */
function gatedBatches(batches: OfferSearchDocument[][]): { iterable: AsyncIterable<OfferSearchDocument[]>; release: () => void; started: Promise<void> } {
  let release!: () => void;
  let signalStarted!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (signalStarted = resolve));
  async function* iterable() {
    for (const [i, batch] of batches.entries()) {
      if (i === batches.length - 1) {
        signalStarted();
        await gate;
      }
      yield batch;
    }
  }
  return { iterable: iterable(), release, started };
}

describe('EmbeddedSearchIndex', () => {
  it('is not ready before the first replaceAll, nor after close', async () => {
    const index = new EmbeddedSearchIndex();
    expect(await index.isReady()).toBe(false);
    expect((await index.search(q({ text: 'logement' }))).total).toBe(0);
    await index.replaceAll(fixtureBatches());
    expect(await index.isReady()).toBe(true);
    await index.close();
    expect(await index.isReady()).toBe(false);
  });

  it('answers from the old index while replaceAll builds, then swaps atomically', async () => {
    const index = new EmbeddedSearchIndex();
    await index.replaceAll(fixtureBatches());
    const before = (await index.search(q({ at: 'dax' }))).total;

    const renamed = offerDocuments({ ...spec('dax-velo'), title: 'Location de trottinettes zébrées' });
    const others = FIXTURE_OFFERS.filter((o) => o.id !== 'dax-velo' && o.id !== 'dax-coloc').map(offerDocuments);
    const gated = gatedBatches([...others, renamed]);
    const building = index.replaceAll(gated.iterable);
    await gated.started;

    // Half-way: the old index still answers, complete.
    expect((await index.search(q({ at: 'dax' }))).total).toBe(before);
    expect((await index.search(q({ at: 'dax', text: 'zébrées' }))).total).toBe(0);
    // An update during the build lands in the old index now and survives the swap.
    await index.replaceOffer('landes-pass', offerDocuments({ ...spec('landes-pass'), title: 'Pass sport jeunes (nouveau barème)' }));
    expect((await index.search(q({ at: 'dax', text: 'barème' }))).total).toBe(1);

    gated.release();
    await building;
    expect((await index.search(q({ at: 'dax', text: 'zébrées' }))).hits.map((h) => h.offerId)).toEqual(['dax-velo']);
    expect((await index.search(q({ at: 'dax', text: 'barème' }))).total).toBe(1);
    expect((await index.search(q({ at: 'dax' }))).total).toBe(before - 1);
  });

  it('keeps an offer whole when its documents come in different batches', async () => {
    const index = new EmbeddedSearchIndex();
    const [first, second] = offerDocuments(spec('landes-adil-bail'));
    async function* split() {
      yield [first as OfferSearchDocument];
      yield [second as OfferSearchDocument];
    }
    await index.replaceAll(split());
    const fromDax = await index.search(q({ at: 'dax', text: 'bail' }));
    expect(fromDax.total).toBe(1);
    expect(fromDax.hits[0]?.distanceKm).toBeLessThan(2);
  });
});

describe('text analysis', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldText("L'Hôpital-Saint-Blaise, ŒUVRE ")).toBe('l hopital saint blaise oeuvre');
  });

  it('drops stop words but keeps synonym words, and stems plurals alike', () => {
    expect(analyseText('un logement pour moi').map((w) => w.word)).toEqual(['logement']);
    expect(analyseText('des sous').map((w) => w.word)).toEqual(['sous']);
    const [emplois] = analyseText('emplois');
    const [emploi] = analyseText('emploi');
    expect(emplois?.stem).toBe(emploi?.stem);
  });

  it('bounds the edit distance, swaps counting once', () => {
    expect(boundedEditDistance('logment', 'logement', 1)).toBe(1);
    expect(boundedEditDistance('lgoement', 'logement', 1)).toBe(1);
    expect(boundedEditDistance('logemnet', 'logement', 1)).toBe(1);
    expect(boundedEditDistance('lgmnt', 'logement', 2)).toBe(3);
  });

  it('tolerates typos by word length, not on numbers nor the first letter', () => {
    const vocabulary = new Vocabulary();
    for (const word of ['logement', 'stage', 'psychologue', '40100', 'bus']) vocabulary.add(word, word);
    expect(vocabulary.typoStems('logment')).toEqual(['logement']);
    expect(vocabulary.typoStems('stge')).toEqual([]); // 4 letters: no typo
    expect(vocabulary.typoStems('psycologe')).toEqual(['psychologue']); // 9 letters: 2 typos
    expect(vocabulary.typoStems('40101')).toEqual([]);
    expect(vocabulary.typoStems('kogement')).toEqual([]);
  });
});
