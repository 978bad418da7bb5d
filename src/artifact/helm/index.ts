// The Helm chart packaging's public face: what the flow calls to build a chart for pushArtifact.
export { buildChart, type BuildChartOptions, type BuiltChart } from './build-chart.js';
export type { ChartMetadata, VersionOverrides } from './chart-metadata.js';
export * from './helm-format.js';
export { chartVersionTaken, compareChartWithPublished } from './published-chart.js';
