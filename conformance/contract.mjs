// The contract (contract/openapi.yaml) as the kit reads it, and the check of one answer
// against it: the status is declared for the operation, the media type is the declared
// one, the body matches the schema (JSON Schema 2020-12, validated with ajv).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import contractDocument from './contract-source.mjs';

const esc = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export class Contract {
  constructor(doc = contractDocument) {
    this.doc = doc;
    this.operations = new Map();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const operation = item[method];
        if (operation) this.operations.set(operation.operationId, { operationId: operation.operationId, method, path, operation });
      }
    }
    // strict: false — the OpenAPI document around the schemas is not itself a JSON Schema.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addKeyword({ keyword: 'discriminator' }); // informative only; the `next` consts decide
    this.ajv.addSchema(doc, 'openapi.json');
    this.validators = new Map();
  }

  get version() {
    return this.doc.info.version;
  }

  /** HTTP status of every problem code, read from the ProblemCode description. */
  get problemStatus() {
    if (!this._problemStatus) {
      this._problemStatus = {};
      const text = this.doc.components.schemas.ProblemCode.description;
      for (const [, code, status] of text.matchAll(/`(\w+)` (\d{3})/g)) this._problemStatus[code] = Number(status);
    }
    return this._problemStatus;
  }

  operation(operationId) {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`no operation ${operationId} in the contract`);
    return op;
  }

  at(pointer) {
    return pointer
      .split('/')
      .slice(1)
      .reduce((node, part) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
  }

  deref(pointer) {
    let current = pointer;
    for (let i = 0; i < 10; i += 1) {
      const value = this.at(current);
      if (typeof value?.$ref !== 'string') return [current, value];
      current = value.$ref.slice(1);
    }
    throw new Error(`$ref loop at ${pointer}`);
  }

  /** A validator for a schema named in components.schemas. */
  schema(name) {
    return this.validatorAt(`/components/schemas/${name}`);
  }

  validatorAt(pointer) {
    let validate = this.validators.get(pointer);
    if (!validate) {
      const fragment = pointer.split('/').map(encodeURIComponent).join('/');
      validate = this.ajv.compile({ $ref: `openapi.json#${fragment}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }

  errorsText(validate) {
    return this.ajv.errorsText(validate.errors);
  }

  /** Checks one answer; returns what does not conform (empty: it conforms). */
  check({ operationId, status, contentType, body }) {
    const op = this.operation(operationId);
    const responses = op.operation.responses;
    const key = String(status) in responses ? String(status) : 'default' in responses && status >= 400 ? 'default' : undefined;
    if (!key) return [`status ${status} is not declared for ${operationId}`];
    const [pointer, response] = this.deref(`/paths/${esc(op.path)}/${op.method}/responses/${key}`);
    if (!response.content) {
      return body !== undefined && body !== '' ? [`${operationId} ${status} must have no body`] : [];
    }
    const mediaType = Object.keys(response.content).find((m) => (contentType ?? '').toLowerCase().startsWith(m));
    if (!mediaType) return [`${operationId} ${status}: content type "${contentType ?? ''}" is not ${Object.keys(response.content).join(' or ')}`];
    const validate = this.validatorAt(`${pointer}/content/${esc(mediaType)}/schema`);
    if (!validate(body)) return [`${operationId} ${status}: the body does not match the contract: ${this.errorsText(validate)}: ${JSON.stringify(body).slice(0, 300)}`];
    return [];
  }
}
