/**
 * A hit as the reading keeps it (read.ts): where in the record it was found, and why it was set aside
 * when it does not count. Its own module so that the readings split out of read.ts (names.ts) share
 * it without importing read.ts.
 */
import type { Hit } from '../text/matcher.js';

/** Where a part of the record was read from, for the explanation. */
export type RecordPart = 'channel' | 'tags' | 'subject' | 'text' | 'status' | 'score';

/** Why a hit was set aside although it matched. */
export type SetAside = 'negated' | 'hedged' | 'private-message' | 'quoted' | 'uncorroborated' | 'reference' | 'score' | 'not-against-us';

/** A hit with the part of the record it is in. */
export interface ReadHit extends Hit {
  part: RecordPart;
  /** Why the hit does not count, when it does not (`negated` is true then). */
  setAside?: SetAside;
}
