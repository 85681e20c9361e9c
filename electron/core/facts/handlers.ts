import { ApiFailure } from '../../../shared/api/errors';
import type { HandlersFor } from '../api/handler-types';
import type { Workspace } from '../workspace/workspace';
import { createFact, deleteFact, listFacts, updateFact } from './facts-repo';

function notFound(): never {
  throw new ApiFailure('not_found', 'That fact no longer exists. It may have been deleted.');
}

export function factHandlers(workspace: Workspace): HandlersFor<'facts'> {
  return {
    'facts.list': () => listFacts(workspace.db()),
    'facts.create': (fields) => createFact(workspace.db(), fields),
    'facts.update': ({ id, fields }) => updateFact(workspace.db(), id, fields) ?? notFound(),
    'facts.delete': ({ id }) => {
      if (!deleteFact(workspace.db(), id)) notFound();
      return { id };
    },
  };
}
