// Cities, streets and project names for the demo data: real North American markets, with
// French names in Québec (accents included on purpose: search must fold them).

export interface City {
  name: string;
  region: string;
  country: 'Canada' | 'United States';
  /** Québec projects are written in French and sometimes measured in square metres. */
  french: boolean;
  /** Typical price per square foot for new condos, in local currency. */
  pricePerSqft: number;
  streets: readonly string[];
}

export const CITIES = {
  montreal: {
    name: 'Montréal',
    region: 'QC',
    country: 'Canada',
    french: true,
    pricePerSqft: 620,
    streets: [
      'Rue Saint-Denis',
      'Boulevard Saint-Laurent',
      'Avenue du Mont-Royal',
      'Rue Wellington',
      'Rue Notre-Dame Ouest',
      'Avenue Laurier Est',
    ],
  },
  toronto: {
    name: 'Toronto',
    region: 'ON',
    country: 'Canada',
    french: false,
    pricePerSqft: 1000,
    streets: [
      'King Street West',
      'Queen Street East',
      'Bloor Street West',
      'Yonge Street',
      'Front Street East',
      'Dundas Street West',
    ],
  },
  vancouver: {
    name: 'Vancouver',
    region: 'BC',
    country: 'Canada',
    french: false,
    pricePerSqft: 1150,
    streets: [
      'West Georgia Street',
      'Granville Street',
      'Main Street',
      'Cambie Street',
      'Davie Street',
    ],
  },
  miami: {
    name: 'Miami',
    region: 'FL',
    country: 'United States',
    french: false,
    pricePerSqft: 900,
    streets: ['Brickell Avenue', 'Biscayne Boulevard', 'Collins Avenue', 'NE 2nd Avenue'],
  },
  newYork: {
    name: 'New York',
    region: 'NY',
    country: 'United States',
    french: false,
    pricePerSqft: 1350,
    streets: [
      'West 23rd Street',
      'Broadway',
      'East 14th Street',
      'Hudson Street',
      'Atlantic Avenue',
    ],
  },
  quebecCity: {
    name: 'Québec City',
    region: 'QC',
    country: 'Canada',
    french: true,
    pricePerSqft: 430,
    streets: [
      'Grande Allée Ouest',
      'Boulevard René-Lévesque',
      'Rue Saint-Jean',
      'Chemin Sainte-Foy',
    ],
  },
  laval: {
    name: 'Laval',
    region: 'QC',
    country: 'Canada',
    french: true,
    pricePerSqft: 480,
    streets: [
      'Boulevard Le Carrefour',
      'Boulevard Saint-Martin Ouest',
      'Boulevard Chomedey',
      'Avenue Terry-Fox',
    ],
  },
  calgary: {
    name: 'Calgary',
    region: 'AB',
    country: 'Canada',
    french: false,
    pricePerSqft: 520,
    streets: ['17 Avenue SW', 'Macleod Trail SE', '10 Street NW', 'Stephen Avenue'],
  },
  austin: {
    name: 'Austin',
    region: 'TX',
    country: 'United States',
    french: false,
    pricePerSqft: 650,
    streets: ['South Congress Avenue', 'East 6th Street', 'Rainey Street', 'West 5th Street'],
  },
} as const satisfies Record<string, City>;

export type CityKey = keyof typeof CITIES;

/** How often each city appears among generated (non-showcase) projects. */
export const CITY_WEIGHTS: readonly (readonly [CityKey, number])[] = [
  ['montreal', 18],
  ['toronto', 18],
  ['vancouver', 12],
  ['miami', 10],
  ['newYork', 10],
  ['quebecCity', 8],
  ['laval', 7],
  ['calgary', 8],
  ['austin', 9],
];

export interface ShowcaseProject {
  name: string;
  city: CityKey;
  hostName: string;
  areaUnit: 'sqft' | 'm2';
  /** A building of rentals: its units are priced per month. */
  rental?: boolean;
}

/** The demo account's first projects, always the same names whatever the seed. */
export const DEMO_SHOWCASE: readonly ShowcaseProject[] = [
  { name: 'Parkview Residences', city: 'toronto', hostName: 'william', areaUnit: 'sqft' },
  { name: 'Le Rosemont', city: 'montreal', hostName: 'lerosemont.com', areaUnit: 'sqft' },
  { name: 'Bayfront Towers', city: 'miami', hostName: 'bayfronttowers.com', areaUnit: 'sqft' },
  { name: 'Le Mile-End Élégance', city: 'montreal', hostName: 'elegance', areaUnit: 'sqft' },
  { name: 'Harbourview Lofts', city: 'vancouver', hostName: 'live', areaUnit: 'sqft' },
  { name: 'Chelsea Park Lofts', city: 'newYork', hostName: 'chelseapark.nyc', areaUnit: 'sqft' },
  { name: 'Les Jardins du Vieux-Québec', city: 'quebecCity', hostName: 'jardins', areaUnit: 'm2' },
  { name: 'Carré Laval', city: 'laval', hostName: 'carrelaval.ca', areaUnit: 'm2' },
];

/** Projects of the second account, used to exercise 403s. */
export const OTHER_SHOWCASE: readonly ShowcaseProject[] = [
  { name: 'Westbrook Commons', city: 'calgary', hostName: 'westbrook', areaUnit: 'sqft' },
  {
    name: 'Rainey Street Lofts',
    city: 'austin',
    hostName: 'rainey',
    areaUnit: 'sqft',
    rental: true,
  },
];

export const ENGLISH_NAME_STEMS = [
  'Parkview',
  'Bayfront',
  'Harbourview',
  'Maple',
  'Cedar',
  'Riverside',
  'Lakeshore',
  'Summit',
  'Aurora',
  'Crescent',
  'Granite',
  'Willow',
  'Beacon',
  'Heritage',
  'Kingsway',
  'Linden',
  'Marina',
  'Oakridge',
  'Skyline',
  'Union',
  'Victoria',
  'Waterfront',
  'Hudson',
  'Brickell',
  'Juniper',
  'Alder',
  'Meridian',
  'Sterling',
  'Northgate',
  'Foundry',
] as const;

export const ENGLISH_NAME_SUFFIXES = [
  'Residences',
  'Towers',
  'Lofts',
  'Place',
  'Condos',
  'Terrace',
  'Gardens',
  'House',
  'Square',
  'Heights',
  'Commons',
  'Tower',
] as const;

export const FRENCH_NAME_STEMS = [
  'Le Quartier',
  'Le Panorama',
  'Les Berges',
  'Le Boisé',
  "L'Émeraude",
  'Le Riverain',
  'Le Montcalm',
  'Le Sommet',
  'Les Cours',
  'Le Belvédère',
  'Le Vivace',
  'Les Jardins',
  'Le Carré',
  "L'Héritage",
  'Le Faubourg',
  'La Cité',
  "L'Orée du Bois",
  'Le Cartier',
] as const;

export const FRENCH_NAME_SUFFIXES = [
  'Condos',
  'Résidences',
  'Élégance',
  'Urbain',
  'Lofts',
  'sur le Parc',
  'Signature',
  'Phase Nord',
] as const;

export const ORIENTATIONS_EN = [
  'North',
  'South',
  'East',
  'West',
  'North-East',
  'North-West',
  'South-East',
  'South-West',
] as const;
export const ORIENTATIONS_FR = [
  'Nord',
  'Sud',
  'Est',
  'Ouest',
  'Nord-Est',
  'Nord-Ouest',
  'Sud-Est',
  'Sud-Ouest',
] as const;

export const DELIVERY_DATES = [
  'Spring 2027',
  'Fall 2027',
  'Q2 2028',
  'Q4 2028',
  'Summer 2026',
  'Immediate',
  'Winter 2028',
] as const;
export const DELIVERY_DATES_FR = [
  'Printemps 2027',
  'Automne 2027',
  'T2 2028',
  'Été 2026',
  'Immédiate',
  'Hiver 2028',
] as const;

export const FIRST_NAMES = [
  'Jane',
  'Marc',
  'Sofia',
  'Daniel',
  'Émilie',
  'Raj',
  'Chloé',
  'Kevin',
  'Amira',
  'Luis',
  'Hannah',
  'Olivier',
  'Mei',
  'Samuel',
] as const;
export const LAST_NAMES = [
  'Smith',
  'Tremblay',
  'Nguyen',
  'Gagnon',
  'Patel',
  'Rodriguez',
  'Côté',
  'Chen',
  'Williams',
  'Bouchard',
  'Kim',
  'Roy',
  'Garcia',
  'Singh',
] as const;
