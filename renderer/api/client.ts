import { createApiClient, type ApiClient } from '../../shared/api/client';
import { createTransport } from './transport';

/** The one client the renderer uses; created once, before the first render. */
export const api: ApiClient = createApiClient(createTransport());
