import { describe, expect, it } from 'vitest';
import { GROUP_IDS, getCountry, getGroup, groupMembers, isCountryCode, isMember, listGroups, PROTOCOL_LANGUAGES } from '../../../shared/protocol';

describe('groups', () => {
  it('lists every group id once, each non-empty, dated and named in en/es/fr', () => {
    expect(
      listGroups()
        .map((g) => g.id)
        .sort(),
    ).toEqual([...GROUP_IDS].sort());
    for (const group of listGroups()) {
      expect(group.members.length, group.id).toBeGreaterThan(0);
      expect(group.asOf, group.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const language of PROTOCOL_LANGUAGES) {
        expect(group.names[language]).not.toBe('');
        expect(group.abbreviations[language]).not.toBe('');
      }
      expect(new Set(group.members).size, `${group.id} has duplicates`).toBe(group.members.length);
      expect(group.members.every((code) => isCountryCode(code))).toBe(true);
    }
  });

  it.each([
    ['EU', 27],
    ['G7', 7],
    ['G20', 19],
    ['NATO', 32],
    ['COE', 46],
    ['AU', 54],
    ['ASEAN', 11],
  ] as const)('%s has %i member states', (id, count) => {
    expect(groupMembers(id)).toHaveLength(count);
  });

  it('keeps blocs apart from states: the G20 counts the EU and the African Union as blocs', () => {
    expect(getGroup('G20').blocMembers).toEqual(['EU', 'AU']);
    expect(isMember('AU', 'G20')).toBe(true); // Australia, the state
    expect(isMember('ZA', 'AU')).toBe(true);
  });

  it('agrees with the country records', () => {
    expect(getCountry('FR')?.groups).toEqual(expect.arrayContaining(['EU', 'COE', 'G7', 'G20', 'NATO']));
    expect(getCountry('RU')?.groups).not.toContain('COE');
    expect(getCountry('GB')?.groups).not.toContain('EU');
    expect(getCountry('TL')?.groups).toContain('ASEAN');
    expect(getCountry('NI')?.groups).not.toContain('OAS');
  });

  it('puts every EU member in the Council of Europe, and every African Union member in Africa', () => {
    for (const code of groupMembers('EU')) expect(isMember(code, 'COE'), code).toBe(true);
    for (const code of groupMembers('AU')) expect(getCountry(code)?.region, code).toBe('Africa');
    for (const code of groupMembers('OAS')) expect(getCountry(code)?.region, code).toBe('Americas');
  });
});
