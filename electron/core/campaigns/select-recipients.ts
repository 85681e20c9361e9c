import { ApiFailure } from '../../../shared/api/errors';
import type { RecipientSelection } from '../../../shared/campaigns/schemas';
import { foldForSearch } from '../../../shared/text/fold';
import { groupMembers, isKnownCountry } from '../recipients/countries';
import type { Db } from '../db/database';

/**
 * The recipients a selection names, ordered by country (English name) then
 * name, so draft references run in an order people can follow on paper.
 */
export function selectRecipientIds(db: Db, selection: RecipientSelection): string[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  switch (selection.by) {
    case 'all':
      break;
    case 'ids':
      where.push('r.id IN (SELECT value FROM json_each(@ids))');
      params.ids = JSON.stringify(selection.ids);
      break;
    case 'tag':
      where.push('r.id IN (SELECT recipient_id FROM recipient_tags WHERE tag_key = @tag)');
      params.tag = foldForSearch(selection.tag);
      break;
    case 'group':
      where.push('r.country_code IN (SELECT value FROM json_each(@countries))');
      params.countries = JSON.stringify(groupMembers(selection.group));
      if (selection.officeType) {
        where.push('r.office_type = @officeType');
        params.officeType = selection.officeType;
      }
      break;
    case 'countries': {
      const unknown = selection.codes.filter((c) => !isKnownCountry(c));
      if (unknown.length > 0) {
        throw new ApiFailure(
          'invalid_input',
          `Please check the input: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a known country' : 'are not known countries'}.`,
          [{ path: ['recipients', 'codes'], code: 'unknownCountry' }],
        );
      }
      where.push('r.country_code IN (SELECT value FROM json_each(@countries))');
      params.countries = JSON.stringify(selection.codes);
      break;
    }
  }
  const ids = db
    .prepare(
      `SELECT r.id FROM recipients r LEFT JOIN temp.country_names cn ON cn.code = r.country_code AND cn.language = 'en'
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY cn.name_key, r.name_key, r.id`,
    )
    .pluck()
    .all(params) as string[];
  if (selection.by === 'ids' && ids.length !== new Set(selection.ids).size) {
    throw new ApiFailure('not_found', 'Some of the chosen recipients no longer exist. Refresh the list and choose again.');
  }
  return ids;
}
