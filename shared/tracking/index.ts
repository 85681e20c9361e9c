export * from './kinds';
export * from './dates';
export * from './events';
export * from './derive-status';
export * from './aggregate';
export * from './due';
export * from './event-rules';
export * from './letter-status';

/*
 * Outreach tracking, pure: no Node, no DOM. Status is derived from the
 * contact events every time; nothing here is stored.
 */
