import { ApiFailure } from '../../../shared/api/errors';
import { oneByIdOrName } from '../api/by-name';
import type { HandlersFor } from '../api/handler-types';
import { assertKnownEndorserCountry } from './endorser-rules';
import type { Workspace } from '../workspace/workspace';
import { createEndorser, deleteEndorser, listEndorsers, updateEndorser } from './endorsers-repo';
import { decodeUpload } from './images';
import { prepareImageIsolated } from '../isolation';
import { getImage } from './images-repo';
import { changeOrganisation, getOrganisation } from './organisation-repo';
import { createSigner, deleteSigner, listSigners, setSignerSignature, updateSigner } from './signers-repo';

function notFound(what: 'signer' | 'endorser' | 'image'): never {
  throw new ApiFailure('not_found', `That ${what} no longer exists. It may have been deleted.`);
}

export function senderHandlers(workspace: Workspace): HandlersFor<'senders'> {
  const db = () => workspace.db();
  return {
    'organisation.get': () => getOrganisation(db()),
    'organisation.update': async ({ logo: upload, ...fields }) => {
      if (upload === undefined) return changeOrganisation(db(), { fields });
      // Decoded and shrunk before the transaction; the fields and the logo then change together.
      const logo = upload && (await prepareImageIsolated(decodeUpload(upload.contentBase64), 'logo'));
      return changeOrganisation(db(), { fields, logo, logoFileName: upload?.fileName });
    },
    'organisation.setLogo': async ({ fileName, contentBase64 }) => {
      // Decoded and shrunk before the transaction: the database is never held while an image is processed.
      const logo = await prepareImageIsolated(decodeUpload(contentBase64), 'logo');
      return changeOrganisation(db(), { logo, logoFileName: fileName });
    },
    'organisation.clearLogo': () => changeOrganisation(db(), { logo: null }),
    'signers.list': () => listSigners(db()),
    'signers.find': ({ nameOrId }) =>
      oneByIdOrName(listSigners(db()), nameOrId, {
        none: `no signer called "${nameOrId}" (see "letterdesk signers list")`,
        several: (ids) => `several signers are called "${nameOrId}": use the id (${ids.join(', ')})`,
      }),
    'signers.create': async ({ signature: upload, ...fields }) => {
      const signature = upload && (await prepareImageIsolated(decodeUpload(upload.contentBase64), 'signature'));
      return createSigner(db(), fields, signature);
    },
    'signers.update': ({ id, fields }) => updateSigner(db(), id, fields) ?? notFound('signer'),
    'signers.delete': ({ id }) => {
      if (!deleteSigner(db(), id)) notFound('signer');
      return { id };
    },
    'signers.setSignature': async ({ id, fileName, contentBase64 }) => {
      const signature = await prepareImageIsolated(decodeUpload(contentBase64), 'signature');
      return setSignerSignature(db(), id, signature, fileName) ?? notFound('signer');
    },
    'signers.clearSignature': ({ id }) => setSignerSignature(db(), id, null) ?? notFound('signer'),
    'endorsers.list': ({ status }) => listEndorsers(db(), { status }),
    'endorsers.find': ({ nameOrId }) =>
      oneByIdOrName(listEndorsers(db()), nameOrId, {
        none: `no endorsing organisation called "${nameOrId}" (see "letterdesk endorsers list")`,
        several: (ids) => `several endorsers are called "${nameOrId}": use the id (${ids.join(', ')})`,
      }),
    'endorsers.create': (fields) => {
      assertKnownEndorserCountry(fields);
      return createEndorser(db(), fields);
    },
    'endorsers.update': ({ id, fields }) => {
      assertKnownEndorserCountry(fields, ['fields', 'countryCode']);
      return updateEndorser(db(), id, fields) ?? notFound('endorser');
    },
    'endorsers.delete': ({ id }) => {
      if (!deleteEndorser(db(), id)) notFound('endorser');
      return { id };
    },
    'images.get': ({ id }) => getImage(db(), id) ?? notFound('image'),
  };
}
