/**
 * The one place the schemas get zod from. zod compiles object parsers with `new Function` when it may; under a
 * Content-Security-Policy without 'unsafe-eval' (the one the atlas is hosted under) even the probe for that is reported
 * as a violation. Parsers built without it validate the dataset about as fast, since it is parsed once, so the atlas
 * never tries. The setting is read when a schema is built: this module must be evaluated before any schema module,
 * which importing `z` from here guarantees.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
