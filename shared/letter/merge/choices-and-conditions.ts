import { getCountry, isMember } from '../../protocol';
import type { ConditionTest, InlineNode } from '../document';
import type { MergeContext } from './types';

type ChoiceNode = Extract<InlineNode, { type: 'choice' }>;

export interface ChosenText {
  text: string;
  /** No option applied to this recipient and `other` was empty. */
  unresolved: boolean;
}

/**
 * The option for the recipient's gender or office type, else `other`. An
 * option the author set to '' on purpose is a choice of nothing, not an
 * unresolved one.
 */
export function chooseText(choice: ChoiceNode, ctx: MergeContext): ChosenText {
  const { attrs } = choice;
  const option = attrs.by === 'gender' ? attrs.options[ctx.recipient.gender] : attrs.options[ctx.recipient.officeType];
  if (option !== undefined) return { text: option, unresolved: false };
  const other = attrs.other ?? '';
  return { text: other, unresolved: other === '' };
}

/** Whether a condition's blocks are kept for this recipient and language. */
export function conditionHolds(test: ConditionTest, negate: boolean | undefined, ctx: MergeContext): boolean {
  let holds: boolean;
  switch (test.kind) {
    case 'officeType':
      holds = test.in.includes(ctx.recipient.officeType);
      break;
    case 'language':
      holds = test.in.includes(ctx.language);
      break;
    case 'group': {
      // An unknown country belongs to no group.
      const country = getCountry(ctx.recipient.countryCode ?? '');
      holds = country !== undefined && isMember(country.alpha2, test.group);
      break;
    }
  }
  return negate === true ? !holds : holds;
}
