// action.yml and the README's tables are generated from the declarations in src/ (inputs.ts,
// report/outputs.ts), so the action, the CLI and the documentation cannot drift apart.
// `npm run docs` rewrites them; __tests__/docs.test.ts fails when they are stale.
import { ERROR_CATALOGUE, type ErrorCode } from '../../src/errors.js';
import { INPUTS, type InputDefinition } from '../../src/inputs.js';
import { OUTPUTS } from '../../src/report/outputs.js';

const HEADER = `# Generated from src/inputs.ts and src/report/outputs.ts by \`npm run docs\`: edit those, not this.
name: Publish Flux OCI artifact
description: >-
  Package a directory of Kubernetes manifests as a Flux OCI artifact (or a Helm chart as helm
  package does), push it with its Git origin, sign it with Sigstore, and promote it (latest, stable)
  in one step.
author: publish-oci-artifact developers
branding:
  icon: package
  color: blue
`;

function yamlString(value: string, indent: string): string {
  if (!value.includes('\n')) return JSON.stringify(value);
  return `|-\n${value
    .split('\n')
    .map((l) => `${indent}  ${l}`)
    .join('\n')}`;
}

/**
 * A default such as `${{ github.token }}` is named by what it evaluates (`github.token`): the
 * runner evaluates `${{ }}` in action.yml and allows no context in a description, so an action
 * whose description holds one fails to load in every workflow.
 */
function withoutExpression(value: string): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, '$1');
}

function fullDescription(input: InputDefinition): string {
  const parts = [input.description];
  if (input.required) parts.push('Required.');
  else if (input.default !== undefined && input.default !== '' && !input.default.includes('\n')) {
    parts.push(`Default: \`${withoutExpression(input.default)}\`.`);
  }
  parts.push(`Example: \`${input.example}\`.`);
  return parts.join(' ');
}

export function renderActionYml(): string {
  const inputs = INPUTS.map((input) => {
    const lines = [
      `  ${input.name}:`,
      `    description: ${yamlString(fullDescription(input), '    ')}`,
      `    required: ${input.required ? 'true' : 'false'}`,
    ];
    if (input.default !== undefined)
      lines.push(`    default: ${yamlString(input.default, '    ')}`);
    return lines.join('\n');
  });
  const outputs = OUTPUTS.map(
    (output) => `  ${output.name}:\n    description: ${yamlString(output.description, '    ')}`,
  );
  return `${HEADER}inputs:\n${inputs.join('\n')}\noutputs:\n${outputs.join('\n')}\nruns:\n  using: node24\n  main: dist/index.js\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

export function renderInputsTable(): string {
  const rows = INPUTS.map((input) => {
    const fallback = input.required
      ? '(required)'
      : input.default
        ? `\`${cell(input.default)}\``
        : '';
    return `| \`${input.name}\` | ${cell(input.description)} | ${fallback} | \`${cell(input.example)}\` |`;
  });
  return ['| Input | Description | Default | Example |', '|---|---|---|---|', ...rows].join('\n');
}

export function renderOutputsTable(): string {
  const rows = OUTPUTS.map((output) => `| \`${output.name}\` | ${cell(output.description)} |`);
  return ['| Output | Description |', '|---|---|', ...rows].join('\n');
}

const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

/** docs/errors.md: every code of the catalogue in src/errors.ts, with its meaning and fix. */
export function renderErrorsDoc(): string {
  const sections = ERROR_CODES.map((code) => {
    const { meaning, fix } = ERROR_CATALOGUE[code];
    return `### \`${code}\`\n\n${meaning}\n\n**Fix:** ${fix}`;
  });
  return [
    '# Error codes',
    '',
    '<!-- Generated from the catalogue in src/errors.ts by `npm run docs`: edit it there. -->',
    '',
    'Every failure carries one of these codes. The action names the input at fault in the',
    "annotation's title, else the code (`publish-oci-artifact: REGISTRY_DENIED`); the CLI prints",
    'one line on stderr in the words of its flags and files, ending with the code',
    '(`[REGISTRY_DENIED]`), and exits 2.',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}

/**
 * The README's troubleshooting: the codes a workflow author meets first, linked to docs/errors.md
 * (which the README names for the others).
 */
export function renderErrorsTable(): string {
  const rows = ERROR_CODES.filter((code) => 'common' in ERROR_CATALOGUE[code]).map((code) => {
    const { meaning, fix } = ERROR_CATALOGUE[code];
    return `| [\`${code}\`](docs/errors.md#${code.toLowerCase()}) | ${cell(meaning)} | ${cell(fix)} |`;
  });
  return ['| Code | What it means | What to do |', '|---|---|---|', ...rows].join('\n');
}

/** Whether `document` has the `<!-- name:start -->` … `<!-- name:end -->` section. */
export function hasSection(document: string, name: string): boolean {
  return document.includes(`<!-- ${name}:start -->`) && document.includes(`<!-- ${name}:end -->`);
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}
