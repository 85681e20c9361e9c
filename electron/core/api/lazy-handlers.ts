import { DOMAIN_OPERATIONS, type DomainName } from '../../../shared/api/operations';
import type { HandlerDeps } from './create-handlers';
import type { Handlers, HandlersFor } from './handler-types';
import { refuseWritesWhenReadOnly } from './read-only-guard';
import type { Workspace } from '../workspace/workspace';

/*
 * Every operation of the contract, like createHandlers, but each domain's
 * handlers (and the libraries they use: docx, parse5, fflate…) are loaded on
 * the first call of one of its operations. For a process that runs one
 * operation and exits, the command line: `letterdesk recipients list` never
 * loads the DOCX writer. The desktop app and browser mode keep createHandlers.
 */

type DomainLoaders = { [D in DomainName]: (workspace: Workspace, deps: HandlerDeps) => Promise<HandlersFor<D>> };

// One entry per domain, typed by its own operations, as in createHandlers.
const DOMAIN_LOADERS: DomainLoaders = {
  workspace: async (ws) => (await import('../workspace/handlers')).workspaceHandlers(ws),
  security: async (ws, deps) => (await import('../security/handlers')).securityHandlers(ws, deps),
  recipients: async (ws) => (await import('../recipients/handlers')).recipientHandlers(ws),
  templates: async (ws) => (await import('../templates/handlers')).templateHandlers(ws),
  facts: async (ws) => (await import('../facts/handlers')).factHandlers(ws),
  campaigns: async (ws) => (await import('../campaigns/handlers')).campaignHandlers(ws),
  exports: async (ws, deps) => (await import('../exports/handlers')).exportHandlers(ws, deps),
  backups: async (ws, deps) => (await import('../backups/handlers')).backupHandlers(ws, deps),
  senders: async (ws) => (await import('../senders/handlers')).senderHandlers(ws),
  tracking: async (ws) => (await import('../tracking/handlers')).trackingHandlers(ws),
  archive: async (ws, deps) => (await import('../archive/handlers')).archiveHandlers(ws, deps),
};

type AnyHandler = (input: unknown) => unknown;

export function lazyHandlers(workspace: Workspace, deps: HandlerDeps = {}): Handlers {
  const loaded = new Map<DomainName, Promise<Record<string, AnyHandler>>>();
  const domainHandlers = (domain: DomainName) => {
    let handlers = loaded.get(domain);
    if (!handlers) {
      handlers = DOMAIN_LOADERS[domain](workspace, deps) as Promise<unknown> as Promise<Record<string, AnyHandler>>;
      loaded.set(domain, handlers);
    }
    return handlers;
  };
  const all: Record<string, AnyHandler> = {};
  for (const [domain, operations] of Object.entries(DOMAIN_OPERATIONS) as [DomainName, object][]) {
    for (const name of Object.keys(operations)) all[name] = async (input) => (await domainHandlers(domain))[name](input);
  }
  return refuseWritesWhenReadOnly(workspace, all as Handlers);
}
