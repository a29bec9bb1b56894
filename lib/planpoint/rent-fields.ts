// Where accounts keep a monthly rent. The SDK contract documents no rent field; these are the
// names rental listings use. Read by normalisation (a unit with one is a rental) and by the edit
// path (a rent goes back to the field it came from). A module of its own so the popup, which
// builds edits, does not load the normaliser.
export const RENT_FIELDS = [
  'rent',
  'monthlyRent',
  'rentPrice',
  'rentalPrice',
  'pricePerMonth',
] as const;
