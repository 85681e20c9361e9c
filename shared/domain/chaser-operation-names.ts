/*
 * The names of the chaser operations, without their schemas: the desktop
 * preload can spread them into OPERATION_NAMES without bundling zod.
 * chaser.ts declares exactly these.
 */
export const CHASER_OPERATION_NAMES = ['chasers.options', 'chasers.draft', 'chasers.addExample'] as const;

export type ChaserOperationName = (typeof CHASER_OPERATION_NAMES)[number];

/** The chaser operations that never change data (for READ_ONLY_OPERATIONS). */
export const CHASER_READ_ONLY_OPERATIONS = ['chasers.options'] as const satisfies readonly ChaserOperationName[];
