// Queries the search tests type, shared by every comparison of one search with another.

// Every keystroke of these, at several page sizes: small pages fill early, which sends most
// projects down the counting shortcuts the plain reference does not have.
export const QUERIES = [
  '1204 parkview',
  'ph 2 harbour',
  'PH-1',
  '2bd under 600k available',
  'montreal studio',
  'élégance 12',
  'th-2 summit',
  'reserved parkview',
  'fl 3 dispo',
  'floor PH available',
  '< 80 m2 toronto',
  '>1m 3 bed',
  'parkveiw 120',
  'collection quebec 2+1',
  'groupe horizon 3 ch',
  'condo 5',
  'penthouse',
  '2 ba sold leased',
  'gardns',
  '12 04',
  '500k-900k 1bd laval',
  'le carre 30',
  'maple lofts b2',
  'over 1m under 1.2m vendu',
  '900-1200 sqft 2 sdb',
  'fl 12 floor PH',
];
export const LIMITS = [3, 50];

/** Words and filters to draw random queries from. */
const PIECES = [
  '1204',
  '12',
  '1',
  '30',
  'ph',
  '2',
  'th-1',
  '12 04',
  'ph 1',
  'parkview',
  'parkveiw',
  'harbour',
  'élégance',
  'montreal',
  'quebec',
  'laval',
  'toronto',
  'gardens',
  'lofts',
  'phase',
  'le',
  'carre',
  'summit',
  'maple',
  'tower',
  'condo',
  'penthouse',
  'b2',
  'c1',
  '2bd',
  'studio',
  '3 ch',
  '2+1',
  'under 600k',
  '>1m',
  '< 80 m2',
  '900-1200 sqft',
  '2 ba',
  'fl 3',
  'floor PH',
  'available',
  'reserved',
  'sold',
  'dispo',
  'vendu ou réservé',
];

export function randomQueries(seed: number, count: number): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 4) },
      () => PIECES[Math.floor(next() * PIECES.length)],
    ).join(' '),
  );
}
