import type { OperationFacts } from './operation-facts';
import { archiveOperations } from '../archive/operations';
import { backupOperations } from '../backups/operations';
import { campaignOperations } from '../campaigns/operations';
import { exportOperations } from '../exports/operations';
import { factOperations } from '../facts/operations';
import { recipientOperations } from '../recipients/operations';
import { securityOperations } from '../security/operations';
import { senderOperations } from '../senders/operations';
import { templateOperations } from '../templates/operations';
import { trackingOperations } from '../tracking/operations';
import { workspaceOperations } from '../workspace/operations';

/*
 * Every operation of the API, by domain, with its facts. Each domain declares
 * its operations once in `shared/<domain>/operations.ts`; the name list, the
 * read-only and upload sets, the IPC channels and the preload are derived
 * here, and contract.ts must give each exactly one schema entry (checked at
 * compile time). No zod here, so the desktop preload bundles only this.
 */
export const DOMAIN_OPERATIONS = {
  workspace: workspaceOperations,
  security: securityOperations,
  recipients: recipientOperations,
  templates: templateOperations,
  facts: factOperations,
  campaigns: campaignOperations,
  exports: exportOperations,
  backups: backupOperations,
  senders: senderOperations,
  tracking: trackingOperations,
  archive: archiveOperations,
} as const;

export type DomainName = keyof typeof DOMAIN_OPERATIONS;
/** The operation names of one domain: `DomainOperationName<'tracking'>` is 'tracking.record' | 'tracking.correct' | … */
export type DomainOperationName<D extends DomainName> = keyof (typeof DOMAIN_OPERATIONS)[D] & string;
export type OperationName = { [D in DomainName]: DomainOperationName<D> }[DomainName];

/** Every operation with its facts, looked up by name. */
export const OPERATIONS: Readonly<Record<OperationName, OperationFacts>> = Object.assign({}, ...Object.values(DOMAIN_OPERATIONS));

export const OPERATION_NAMES = Object.keys(OPERATIONS) as readonly OperationName[];

const namesWhere = (test: (facts: OperationFacts) => boolean): ReadonlySet<OperationName> => new Set(OPERATION_NAMES.filter((name) => test(OPERATIONS[name])));

/** Operations that never change data; every other one may (and triggers the backup schedule). */
export const READ_ONLY_OPERATIONS = namesWhere((facts) => facts.access === 'read');

/** Operations whose input may carry a whole file: the browser-mode server accepts a large body only for these. */
export const UPLOAD_OPERATIONS = namesWhere((facts) => facts.body === 'upload');

/** Writes still allowed while a damaged workspace is open read-only: the ways out of that state. */
export const ALLOWED_WHEN_READ_ONLY = namesWhere((facts) => facts.access === 'write' && facts.escapesReadOnly === true);

/** IPC channel for an operation; one fixed channel per name, never a generic one. */
export const channelFor = (name: OperationName): string => `letterdesk:${name}`;
