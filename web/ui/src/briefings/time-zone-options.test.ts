import { describe, expect, it } from 'vitest';
import { timeZoneOptions, utcOffset } from './time-zone-options.ts';

describe('the time zones the Briefing page offers', () => {
  it('labels each zone with its offset from UTC on the day, summer time included', () => {
    expect(utcOffset('Europe/Berlin', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+01:00');
    expect(utcOffset('Europe/Berlin', new Date('2026-07-15T12:00:00Z'))).toBe('UTC+02:00');
    expect(utcOffset('America/Argentina/Buenos_Aires', new Date('2026-01-15T12:00:00Z'))).toBe('UTC-03:00');
    expect(utcOffset('Asia/Kolkata', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+05:30');
    expect(utcOffset('UTC', new Date('2026-01-15T12:00:00Z'))).toBe('UTC+00:00');
  });

  it('offers every zone the runtime knows, sorted, with UTC and the zone already chosen', () => {
    const options = timeZoneOptions({ at: new Date('2026-01-15T12:00:00Z'), chosen: 'Asia/Calcutta' });
    const zones = options.map((option) => option.zone);

    expect(zones.length).toBeGreaterThan(400);
    expect(zones).toEqual([...zones].sort());
    expect(zones).toEqual(expect.arrayContaining(['UTC', 'Asia/Calcutta', 'Pacific/Auckland']));
    expect(options).toContainEqual({ zone: 'America/Argentina/Buenos_Aires', label: 'America/Argentina/Buenos_Aires (UTC-03:00)' });
    expect(zones).toEqual(expect.arrayContaining(['Europe/Kyiv', 'Asia/Kolkata']));
    expect(zones).not.toContain('America/Buenos_Aires');
  });
});
