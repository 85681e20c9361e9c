/*
 * The names of the workspace passphrase operations (encryption at rest),
 * without their schemas, so the desktop preload can spread them into
 * OPERATION_NAMES without bundling zod. security.ts declares exactly these.
 */
export const SECURITY_OPERATION_NAMES = ['workspace.unlock', 'workspace.setPassphrase', 'workspace.removePassphrase', 'workspace.rememberPassphrase'] as const;

export type SecurityOperationName = (typeof SECURITY_OPERATION_NAMES)[number];

/**
 * None of them is read-only: they re-encrypt the database or open it. (Being
 * "writes", each one is followed by the automatic backup schedule.)
 */
export const SECURITY_READ_ONLY_OPERATIONS = [] as const satisfies readonly SecurityOperationName[];
