import type { OperationOutput, ParsedInput } from '../../../shared/api/contract';
import type { DomainName, DomainOperationName, OperationName } from '../../../shared/api/operations';

/** One operation's handler: its parsed (already validated) input to its output. */
export type Handler<K extends OperationName> = (input: ParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>>;

/**
 * A domain's handlers, one per operation its `shared/<domain>/operations.ts`
 * declares: `trackingHandlers(ws): HandlersFor<'tracking'>` must handle
 * exactly the tracking operations, typed from the contract.
 */
export type HandlersFor<D extends DomainName> = { [K in Extract<DomainOperationName<D>, OperationName>]: Handler<K> };

/** Every operation of the contract. */
export type Handlers = { [K in OperationName]: Handler<K> };
