// The contract document, read from the repository. The package's built kit replaces this
// module with the document itself (scripts/build.mjs), so it needs no file beside it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export default parse(readFileSync(new URL('../contract/openapi.yaml', import.meta.url), 'utf8'));
