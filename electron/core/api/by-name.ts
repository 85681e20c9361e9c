import { ApiFailure } from '../../../shared/api/errors';

/**
 * The one item called `nameOrId`: the item with that id, else the one whose
 * name matches without regard to case or surrounding spaces. None, or
 * several, is refused with a sentence that says where to look. The lookups
 * by name (`campaigns.find`, `signers.find`, …) share this rule.
 */
export function oneByIdOrName<T extends { id: string; name: string }>(
  items: readonly T[],
  nameOrId: string,
  refusals: { none: string; several: (ids: readonly string[]) => string },
): T {
  const byId = items.find((item) => item.id === nameOrId);
  if (byId) return byId;
  const wanted = nameOrId.trim().toLocaleLowerCase();
  const named = items.filter((item) => item.name.trim().toLocaleLowerCase() === wanted);
  if (named.length === 1) return named[0];
  if (named.length === 0) throw new ApiFailure('not_found', refusals.none);
  throw new ApiFailure('conflict', refusals.several(named.map((item) => item.id)));
}
