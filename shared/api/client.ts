import type { ApiError, ApiResult } from './errors';
import { OPERATION_NAMES, type OperationInput, type OperationName, type OperationOutput } from './contract';

/**
 * One typed client over any transport: IPC in the desktop app, HTTP in
 * browser mode, or a direct call in tests. A transport only moves a name and
 * an unknown payload; main parses and validates everything.
 */
export type Transport = (name: OperationName, input: unknown) => Promise<ApiResult<unknown>>;

export type ApiClient = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<OperationOutput<K>>;
};

export class ApiClientError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiClientError';
  }
}

export function createApiClient(transport: Transport): ApiClient {
  const entries = OPERATION_NAMES.map((name) => [
    name,
    async (input: unknown) => {
      const result = await transport(name, input);
      if (!result.ok) throw new ApiClientError(result.error);
      return result.data;
    },
  ]);
  return Object.fromEntries(entries) as ApiClient;
}

/** The shape the desktop preload exposes on `window.letterdesk`: one named function per operation. */
export type DesktopBridge = {
  [K in OperationName]: (input: unknown) => Promise<ApiResult<OperationOutput<K>>>;
};

/** Header carrying the browser-mode token. */
export const TOKEN_HEADER = 'x-letterdesk-token';
