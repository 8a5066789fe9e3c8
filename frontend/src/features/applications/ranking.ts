/**
 * The ranked partner preferences of an application: partner ids, first choice first, never the
 * same partner twice and never more than the call allows.
 */
export type RankingAction =
  | { type: 'add'; partnerId: string }
  | { type: 'replace'; index: number; partnerId: string }
  | { type: 'remove'; index: number }
  | { type: 'moveUp'; index: number }
  | { type: 'moveDown'; index: number };

function swap(ranking: string[], a: number, b: number): string[] {
  const next = [...ranking];
  [next[a], next[b]] = [next[b], next[a]];
  return next;
}

/** The ranking after the action; the same array when the action changes nothing or breaks a rule. */
export function rank(ranking: string[], action: RankingAction, max: number): string[] {
  const inRange = (index: number) => index >= 0 && index < ranking.length;
  switch (action.type) {
    case 'add':
      if (ranking.length >= max || ranking.includes(action.partnerId)) return ranking;
      return [...ranking, action.partnerId];
    case 'replace': {
      if (!inRange(action.index) || ranking[action.index] === action.partnerId) return ranking;
      const other = ranking.indexOf(action.partnerId);
      // Choosing a partner already ranked elsewhere swaps the two, so none is listed twice.
      if (other >= 0) return swap(ranking, action.index, other);
      return ranking.map((id, index) => (index === action.index ? action.partnerId : id));
    }
    case 'remove':
      if (!inRange(action.index)) return ranking;
      return ranking.filter((_, index) => index !== action.index);
    case 'moveUp':
      if (!inRange(action.index) || action.index === 0) return ranking;
      return swap(ranking, action.index, action.index - 1);
    case 'moveDown':
      if (!inRange(action.index) || action.index === ranking.length - 1) return ranking;
      return swap(ranking, action.index, action.index + 1);
  }
}

/** The partners still free for a rank: those not chosen at another rank. */
export function availableFor<T extends { id: string }>(
  partners: T[],
  ranking: string[],
  index: number,
): T[] {
  return partners.filter((partner) => {
    const at = ranking.indexOf(partner.id);
    return at < 0 || at === index;
  });
}
