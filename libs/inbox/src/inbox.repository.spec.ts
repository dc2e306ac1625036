import { iso, isoOrNull } from './inbox.repository.js';

describe('iso', () => {
  it('prints dates and other timestamp strings as ISO 8601 in UTC', () => {
    expect(iso(new Date(Date.UTC(2026, 11, 4, 18, 30, 50, 5)))).toBe('2026-12-04T18:30:50.005Z');
    expect(iso('2026-12-04 19:30:50.5+01')).toBe('2026-12-04T18:30:50.500Z');
    expect(iso('2026-12-04T18:30:50Z')).toBe('2026-12-04T18:30:50.000Z');
    expect(iso('2026-12-04T18:30:50.123+00:00')).toBe('2026-12-04T18:30:50.123Z');
  });

  it('returns a string already in that form as it is', () => {
    const s = new Date(1.7e12).toISOString();
    expect(iso(s)).toBe(s);
    expect(isoOrNull(null)).toBeNull();
    expect(isoOrNull(undefined)).toBeNull();
  });

  it('still refuses what is no timestamp', () => {
    expect(() => iso('not a date')).toThrow(RangeError);
  });
});
