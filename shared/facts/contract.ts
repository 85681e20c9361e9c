import * as z from 'zod';
import { emptyInput, type ContractFor } from '../api/contract-entry';
import { factFieldsSchema, factSchema } from './schemas';
import { idSchema } from '../recipients/schemas';
import { type factOperations } from './operations';

export const factContract = {
  'facts.list': { input: emptyInput, output: z.array(factSchema) },
  'facts.create': { input: factFieldsSchema, output: factSchema },
  'facts.update': { input: z.strictObject({ id: idSchema, fields: factFieldsSchema }), output: factSchema },
  'facts.delete': { input: z.strictObject({ id: idSchema }), output: z.object({ id: z.string() }) },
} as const satisfies ContractFor<typeof factOperations>;
