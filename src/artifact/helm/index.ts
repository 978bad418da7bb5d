// The Helm chart packaging's public face. ../build-phase.ts imports build-chart.js itself, on
// demand, so that runs publishing Flux artifacts never load Helm's YAML reading.
export { buildChart, type BuildChartOptions, type BuiltChart } from './build-chart.js';
export type { ChartMetadata, VersionOverrides } from './chart-metadata.js';
export * from './helm-format.js';
export { chartVersionTaken, compareChartWithPublished } from './published-chart.js';
