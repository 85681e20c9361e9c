import type * as z from 'zod';
import { archiveContract } from '../archive/contract';
import { backupContract } from '../backups/contract';
import { campaignContract } from '../campaigns/contract';
import { exportContract } from '../exports/contract';
import { factContract } from '../facts/contract';
import { recipientContract } from '../recipients/contract';
import { securityContract } from '../security/contract';
import { senderContract } from '../senders/contract';
import { templateContract } from '../templates/contract';
import { trackingContract } from '../tracking/contract';
import { workspaceContract } from '../workspace/contract';
import type { ContractEntry } from './contract-entry';
import { OPERATION_NAMES, type OperationName } from './operations';

/*
 * The one API contract: every domain's entries (`shared/<domain>/contract.ts`,
 * one per operation its `operations.ts` declares) in one table. Main (IPC),
 * the browser-mode server and the renderer client are all derived from it, so
 * a change to an operation breaks the compile wherever it matters.
 *
 * Inputs are strict objects: an unknown field is an error, not ignored.
 */
export const contract = {
  ...workspaceContract,
  ...securityContract,
  ...recipientContract,
  ...templateContract,
  ...factContract,
  ...campaignContract,
  ...exportContract,
  ...backupContract,
  ...senderContract,
  ...trackingContract,
  ...archiveContract,
} as const satisfies Record<OperationName, ContractEntry>;

export type Contract = typeof contract;
export { OPERATION_NAMES, type OperationName };

export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
