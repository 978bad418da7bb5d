// What a review found, as the report (outputs, job summary) and the log read it.
import type { PublishedComparison } from '../artifact/change-detection.js';
import type { FileChange } from '../artifact/content-diff.js';
import type { ReviewBase } from './base.js';

export interface Review {
  /** The tag compared with (undefined: none), and how it was chosen. */
  base: ReviewBase;
  /** The manifest digest at the base tag; undefined when nothing is published there. */
  baseDigest: string | undefined;
  /** Why the list is not a plain comparison: nothing published yet, not an artifact, unreadable. */
  note: string | undefined;
  /** False when the registry could not be read: then nothing is known about the changes. */
  compared: boolean;
  changes: FileChange[];
}

/** The review's first line: what was compared with what. */
export function describeBase(review: Review): string {
  const { base, baseDigest, note } = review;
  if (!review.compared) return `Not compared: ${note}`;
  if (!base.tag) return `No base (${base.why}): every file is new`;
  const at = baseDigest ? `${base.tag} (${baseDigest}), ${base.why}` : `${base.tag}, ${base.why}`;
  return note ? `Compared with ${at}: ${note}, so every file is new` : `Compared with ${at}`;
}

/** The review of a comparison with `base`: every file new when nothing comparable is there. */
export function reviewOf(base: ReviewBase, comparison: PublishedComparison): Review {
  return {
    base,
    baseDigest: comparison.manifest?.digest,
    note: comparison.comparable ? undefined : comparison.reason,
    compared: true,
    changes: comparison.changes,
  };
}
