// Templates that produce an OCI tag. What the user wrote literally must already be valid: we do
// not publish under a name they did not write. What placeholders bring in (branch names above
// all) is made valid, and a notice says how.
import { inputError } from '../errors.js';
import {
  canStartTag,
  isTagChar,
  MAX_TAG_LENGTH,
  sanitizeTagChars,
  TAG_GRAMMAR_HINT,
} from './tag.js';
import type { Fail, Template, TemplateValues } from './template.js';
import { fillTemplate, parseTemplate } from './template.js';

/** Parses a tag template; `fail` reports problems in the words of the caller's input. */
export function parseTagTemplateText(source: string, fail: Fail): Template {
  if (source === '') fail('the tag is empty');
  const template = parseTemplate(source, fail);
  let literalLength = 0;
  for (const [index, part] of template.parts.entries()) {
    if (!('literal' in part)) continue;
    literalLength += part.literal.length;
    for (const char of part.literal)
      if (!isTagChar(char))
        fail(`${JSON.stringify(char)} cannot be part of a tag; ${TAG_GRAMMAR_HINT}`);
    if (index === 0 && !canStartTag(part.literal[0] ?? ''))
      fail(`a tag cannot start with '${part.literal[0]}'; ${TAG_GRAMMAR_HINT}`);
  }
  if (literalLength > MAX_TAG_LENGTH)
    fail(`the tag is longer than ${MAX_TAG_LENGTH} characters; ${TAG_GRAMMAR_HINT}`);
  return template;
}

/** The `tag` input: a template, or undefined when blank (the default tag then applies). */
export function parseTagTemplate(text: string): Template | undefined {
  const source = text.trim();
  if (source === '') return undefined;
  return parseTagTemplateText(source, (problem) => {
    throw inputError('tag', `'${source}': ${problem}.`);
  });
}

export type RenderedTag = { tag: string; notices: string[] } | { missing: string };

/** The tag a template names in this context, with a notice for every value that had to change. */
export function renderTag(template: Template, values: TemplateValues): RenderedTag {
  const notices: string[] = [];
  const filled = fillTemplate(template, values, (value, placeholder) => {
    const clean = sanitizeTagChars(value);
    if (clean !== value)
      notices.push(
        `{{${placeholder}}} is '${value}', which an OCI tag cannot hold; ` +
          `'${template.source}' uses '${clean}' instead.`,
      );
    return clean;
  });
  if ('missing' in filled) return filled;
  let tag = filled.text;
  // Literal text was checked when parsed, so an invalid start or length comes from a value.
  if (!canStartTag(tag[0] ?? '')) {
    const fixed = `_${tag.slice(1)}`;
    notices.push(`A tag cannot start with '${tag[0]}': '${tag}' is published as '${fixed}'.`);
    tag = fixed;
  }
  if (tag.length > MAX_TAG_LENGTH) {
    const cut = tag.slice(0, MAX_TAG_LENGTH);
    notices.push(`'${tag}' is longer than ${MAX_TAG_LENGTH} characters: cut to '${cut}'.`);
    tag = cut;
  }
  return { tag, notices };
}
