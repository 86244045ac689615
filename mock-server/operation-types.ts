/** The contract's operations as types: a handler per operationId, typed by its request body. */
import type { operations } from '../src/api/schema.js';
import type { Schema } from '../src/api/conforms.js';
import type { Ctx } from './context.js';
import type { OperationsByTag } from './contract-operations.js';

export type OperationId = keyof operations;

/** A request body's schema, with `format` on its properties (which the element's answer checks leave out). */
export interface RequestSchema extends Schema {
  properties?: Record<string, Schema & { format?: string }>;
}

export interface ContractOperation {
  method: 'GET' | 'POST' | 'DELETE';
  /** msw's form of the contract's path: `/flows/:flowId/phone`. */
  path: string;
  tag: keyof OperationsByTag;
  /** Every way the contract allows to call it includes X-CSRF-Token. */
  csrf: boolean;
  body?: RequestSchema;
}

export type RequestBody<Op extends OperationId> = operations[Op] extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : unknown;

export type Handler<Op extends OperationId> = (ctx: Ctx<RequestBody<Op>>) => Response | Promise<Response>;

/** One handler for each operation of one contract area (tag): none missing, none extra. */
export type AreaHandlers<Tag extends keyof OperationsByTag> = { [Op in OperationsByTag[Tag]]: Handler<Op> };

/** One handler for every operation of the contract. */
export type OperationHandlers = { [Op in OperationId]: Handler<Op> };
