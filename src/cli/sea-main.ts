/**
 * The entry of the single-file executable (scripts/build-sea.mjs bundles it into one CommonJS file,
 * which has no top-level await, unlike bin/care.js). The executable's argv is [care, care, ...args],
 * the shape `run` expects from `node bin/care.js ...args`.
 */
import { run } from './main.js';

void run(process.argv);
