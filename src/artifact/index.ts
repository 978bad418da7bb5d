// The artifact builder's public face: what the CLI's commands call.
export { buildArtifact, type BuildOptions, type BuiltArtifact } from './build.js';
export { compareWithPublished, type PublishedComparison } from './change-detection.js';
export * from './flux-format.js';
