import { describe, expect, it } from 'vitest';
import { availableFor, rank } from './ranking';

describe('ranking partners', () => {
  it('adds up to the maximum and never the same partner twice', () => {
    let ranking = rank([], { type: 'add', partnerId: 'a' }, 2);
    ranking = rank(ranking, { type: 'add', partnerId: 'a' }, 2);
    expect(ranking).toEqual(['a']);
    ranking = rank(ranking, { type: 'add', partnerId: 'b' }, 2);
    ranking = rank(ranking, { type: 'add', partnerId: 'c' }, 2);
    expect(ranking).toEqual(['a', 'b']);
  });

  it('swaps when a rank is given a partner ranked elsewhere', () => {
    expect(rank(['a', 'b', 'c'], { type: 'replace', index: 0, partnerId: 'c' }, 3)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(rank(['a', 'b'], { type: 'replace', index: 1, partnerId: 'd' }, 3)).toEqual(['a', 'd']);
  });

  it('moves up and down within bounds', () => {
    const ranking = ['a', 'b', 'c'];
    expect(rank(ranking, { type: 'moveUp', index: 2 }, 3)).toEqual(['a', 'c', 'b']);
    expect(rank(ranking, { type: 'moveDown', index: 0 }, 3)).toEqual(['b', 'a', 'c']);
    expect(rank(ranking, { type: 'moveUp', index: 0 }, 3)).toBe(ranking);
    expect(rank(ranking, { type: 'moveDown', index: 2 }, 3)).toBe(ranking);
    expect(rank(ranking, { type: 'remove', index: 1 }, 3)).toEqual(['a', 'c']);
    expect(rank(ranking, { type: 'remove', index: 5 }, 3)).toBe(ranking);
  });

  it('offers a rank the partners not chosen at another rank', () => {
    const partners = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(availableFor(partners, ['a', 'b'], 1).map((p) => p.id)).toEqual(['b', 'c']);
    expect(availableFor(partners, ['a', 'b'], 2).map((p) => p.id)).toEqual(['c']);
  });
});
