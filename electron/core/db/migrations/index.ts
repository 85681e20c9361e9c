import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-recipient-protocol';
import { migration0003 } from './0003-templates-facts';
import { migration0004 } from './0004-campaigns';
import { migration0005 } from './0005-tracking';
import { migration0006 } from './0006-chasers';
import { migration0007 } from './0007-template-voice';

export interface Migration {
  /** Becomes `PRAGMA user_version` once applied. Strictly increasing from 1. */
  version: number;
  name: string;
  sql: string;
}

/** Every shipped migration, in order. Append only; never edit one that shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: migration0001 },
  { version: 2, name: 'recipient-protocol', sql: migration0002 },
  { version: 3, name: 'templates-facts', sql: migration0003 },
  { version: 4, name: 'campaigns', sql: migration0004 },
  { version: 5, name: 'tracking', sql: migration0005 },
  { version: 6, name: 'chasers', sql: migration0006 },
  { version: 7, name: 'template-voice', sql: migration0007 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
