import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatArea,
  formatBedrooms,
  formatHoldEnd,
  formatPrice,
  isWebLink,
  projectViewerUrl,
  statusWord,
  unitSummary,
} from '@/lib/format';
import { project as makeProject, unit as makeUnit } from '../search/fixtures';

const unit = makeUnit('u1', 'p1', '1204', {
  floorId: 'f1',
  floorName: 'Level 12',
  floorLevel: 12,
  bedrooms: 2,
  bathrooms: 2,
  area: 880.4,
  price: 599000,
});
const project = makeProject('p1', 'Parkview Residences', {
  namespace: 'parkview',
  hostName: 'william',
  city: 'Toronto',
});

describe('format', () => {
  it('formats prices per locale, and spells every missing price Price TBD', () => {
    expect(formatPrice(unit, 'en-US')).toBe('$599,000');
    expect(formatPrice(unit, 'fr-CA').replace(/\s/g, ' ')).toBe('599 000 $');
    expect(formatPrice({ price: 599000, priceTBD: true }, 'en-US')).toBe('Price TBD');
    expect(formatPrice({ price: null, priceTBD: false }, 'en-US')).toBe('Price TBD');
    expect(formatPrice({ price: 0, priceTBD: false }, 'en-US')).toBe('Price TBD');
  });

  it('says a rent is per month', () => {
    expect(formatPrice({ price: 2400, priceTBD: false, rental: true }, 'en-US')).toBe('$2,400/mo');
    const rental = { ...unit, price: 2400, rental: true };
    expect(unitSummary(rental, project, 'en-US')).toContain('$2,400/mo');
  });

  it('formats areas in the project unit', () => {
    expect(formatArea(880.4, 'sqft', 'en-US')).toBe('880 sq ft');
    expect(formatArea(1234, 'm2', 'en-US')).toBe('1,234 m²');
    expect(formatArea(null, 'm2', 'en-US')).toBe('—');
  });

  it('writes bedrooms the way agents say them', () => {
    expect(formatBedrooms({ bedrooms: 0, bedroomsLabel: 'Studio' })).toBe('Studio');
    expect(formatBedrooms({ bedrooms: 2, bedroomsLabel: '2 + 1' })).toBe('2+1 bd');
    expect(formatBedrooms({ bedrooms: 3, bedroomsLabel: null })).toBe('3 bd');
    expect(formatBedrooms({ bedrooms: null, bedroomsLabel: null })).toBe('—');
  });

  it('keeps unknown statuses readable', () => {
    expect(statusWord({ status: 'on-hold', statusLabel: 'on hold' })).toBe('On hold');
    expect(statusWord({ status: 'unknown', statusLabel: ' Coming soon ' })).toBe('Coming soon');
    expect(statusWord({ status: 'unknown', statusLabel: '' })).toBe('Unknown');
  });

  it('says how old the data is', () => {
    const now = Date.UTC(2026, 10, 27, 10, 32);
    expect(formatAge(now - 20_000, now)).toBe('just now');
    expect(formatAge(now - 3 * 60_000, now)).toBe('3 min ago');
    expect(formatAge(now - 5 * 3600_000, now)).toBe('5 h ago');
  });

  it('makes a one-line summary ready to send, with the project page', () => {
    expect(unitSummary(unit, project, 'en-US')).toBe(
      'Parkview Residences · Unit 1204 · Level 12 · 2 bd · 2 ba · 880 sq ft · $599,000 · Available · https://app.planpoint.io/parkview/william',
    );
    // Without a project page or bathrooms, those parts are left out rather than shown empty.
    const bare = { ...project, namespace: null };
    expect(unitSummary({ ...unit, bathrooms: null }, bare, 'en-US')).toBe(
      'Parkview Residences · Unit 1204 · Level 12 · 2 bd · 880 sq ft · $599,000 · Available',
    );
  });

  it('says when a hold ends, relative and by the clock', () => {
    // Local times: the clock part is written in the machine's time zone, as the popup shows it.
    const now = new Date(2026, 11, 2, 9, 0).getTime(); // a Wednesday
    const friday = new Date(2026, 11, 4, 17, 45).getTime();
    expect(formatHoldEnd(friday, now, 'en-GB')).toBe('Hold ends in 2 days (Fri 17:45)');
    const today = new Date(2026, 11, 2, 17, 45).getTime();
    expect(formatHoldEnd(today, now, 'en-GB')).toBe('Hold ends in 9 hours (17:45)');
    const soon = new Date(2026, 11, 2, 9, 40).getTime();
    expect(formatHoldEnd(soon, now, 'en-GB')).toBe('Hold ends in 40 minutes (09:40)');
    const past = new Date(2026, 11, 2, 4, 0).getTime();
    expect(formatHoldEnd(past, now, 'en-GB')).toBe('Hold ended 5 hours ago (04:00)');
    const later = new Date(2026, 11, 20, 12, 0).getTime();
    expect(formatHoldEnd(later, now, 'en-GB')).toBe('Hold ends in 18 days (20 Dec, 12:00)');
  });

  it('builds the viewer link and refuses non-web links', () => {
    expect(projectViewerUrl(project)).toBe('https://app.planpoint.io/parkview/william');
    expect(projectViewerUrl({ namespace: null, hostName: 'x' })).toBeNull();
    expect(isWebLink('https://cdn.example.com/a.png')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('data:text/html,hi')).toBe(false);
    expect(isWebLink(null)).toBe(false);
  });
});
