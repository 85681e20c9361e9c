import { GROUPS } from './data/groups';
import type { CountryCode, GroupId, GroupRecord } from './types';

/** Groups of states (EU, OAS, Council of Europe, G7, G20, NATO, African Union, ASEAN). */
export function listGroups(): readonly GroupRecord[] {
  return GROUPS;
}

export function getGroup(id: GroupId): GroupRecord {
  const group = GROUPS.find((g) => g.id === id);
  if (!group) throw new Error(`unknown group ${id}`);
  return group;
}

/** Member states, by alpha-2 code (blocs such as the EU in the G20 are in `blocMembers`). */
export function groupMembers(id: GroupId): readonly CountryCode[] {
  return getGroup(id).members;
}

export function isMember(code: string, id: GroupId): boolean {
  return (getGroup(id).members as readonly string[]).includes(code.toUpperCase());
}
