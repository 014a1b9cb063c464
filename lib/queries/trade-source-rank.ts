/** Lower = preferred when two sources give the same figure (official statistics first); 9 for any other kind. */
export const SOURCE_RANK: Record<string, number> = { statistics: 0, dataset: 1, official: 2, news: 3, reference: 4, seed: 5 }

/** The same rank in SQL, of a source aliased `s`. */
export const SOURCE_RANK_SQL = `CASE s.kind::text ${Object.entries(SOURCE_RANK)
  .map(([kind, rank]) => `WHEN '${kind}' THEN ${rank}`)
  .join(' ')} ELSE 9 END`
