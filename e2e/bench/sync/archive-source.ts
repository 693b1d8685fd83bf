// Where the sync benchmark takes the seeded ten-year archive from: the one import of the
// benchmark's archive generator (e2e/bench/archive), so that moving it changes this file alone.
export { generateArchive } from '../archive/generate';
export { seeded, type Random } from '../archive/random';
export { ORGANIZATION, PARTIES, BODIES } from '../../../src-renderer/src/lib/example/csto-2015';
export { SessionsRepository } from '../../../src-renderer/src/lib/db/sessions';
export { ChairdeskDB } from '../../../src-renderer/src/lib/db/db';
export { stamp } from '../../../src-renderer/src/lib/db/table-repository';
