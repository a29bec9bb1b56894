// The shortlist an agent pastes into an email: a table in HTML (inline styles, escaped API text,
// a link to each project's Planpoint page) and one plain-text line per unit.
import { describe, expect, it } from 'vitest';
import { buildShortlist } from '@/lib/shortlist';
import { project, unit } from '../search/fixtures';

const parkview = project('p1', 'Parkview <Residences>', {
  namespace: 'parkview',
  hostName: 'william',
});
const rosemont = project('p2', 'Le Rosemont', { areaUnit: 'm2' });
const projects = new Map([parkview, rosemont].map((p) => [p.id, p]));
const units = [
  unit('u1', 'p1', '1204', {
    floorName: 'Level 12',
    bedrooms: 2,
    bathrooms: 2,
    area: 880,
    price: 599000,
  }),
  unit('u2', 'p2', '801', { bedrooms: 0, area: 52, price: 2400, rental: true, status: 'on-hold' }),
];

describe('buildShortlist', () => {
  const { html, text } = buildShortlist(units, projects, 'en-US');

  it('writes one plain-text line per unit, in the order given, the link last', () => {
    expect(text.split('\n')).toEqual([
      'Unit 1204 · Parkview <Residences> · Level 12 · 2 bd · 2 ba · 880 sq ft · $599,000 · Available · https://app.planpoint.io/parkview/william',
      'Unit 801 · Le Rosemont · Studio · 52 m² · $2,400/mo · On hold',
    ]);
  });

  it('writes a table with a heading row and a row per unit, API text escaped', () => {
    const cells = (row: string) =>
      [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => m[1]);
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => cells(m[1] ?? ''));
    expect(rows).toEqual([
      [
        'Unit',
        'Project',
        'Floor',
        'Bedrooms',
        'Bathrooms',
        'Area',
        'Price',
        'Availability',
        'Link',
      ],
      [
        '1204',
        'Parkview &lt;Residences&gt;',
        'Level 12',
        '2 bd',
        '2 ba',
        '880 sq ft',
        '$599,000',
        'Available',
        '<a href="https://app.planpoint.io/parkview/william">View in Planpoint</a>',
      ],
      ['801', 'Le Rosemont', '—', 'Studio', '—', '52 m²', '$2,400/mo', 'On hold', ''],
    ]);
    expect(html).not.toContain('<Residences>');
    expect(html).toMatch(/^<table style="border-collapse:collapse">/);
  });
});
