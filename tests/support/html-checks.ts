// Accessibility checks that need only the HTML (WCAG 1.1.1, 1.3.1, 2.4.4, 2.4.6, 3.1.1), run over every built page
// by tests/build/a11y-static.test.ts and over the Portable Text fixture. Each returns readable problems; none is ok.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** Link texts that do not say where a link goes, whatever surrounds them (lowercase, without punctuation). */
export const vagueLinkTexts = new Set([
  'les mer',
  'les mer her',
  'mer',
  'se mer',
  'her',
  'klikk her',
  'trykk her',
  'lenke',
  'denne lenken',
  'link',
  'last ned',
  'gå til',
  'read more',
  'click here',
  'more',
  'here',
]);

/** Inside an element that is not rendered (`hidden`, `aria-hidden`, `<template>`), so not read out either. */
function isHidden($: CheerioAPI, element: AnyNode): boolean {
  return $(element).closest('[hidden], [aria-hidden="true"], template').length > 0;
}

/** What a screen reader announces for a link: aria-label, else its text and the alt text of images in it. */
export function accessibleName($: CheerioAPI, element: Element): string {
  const node = $(element);
  const label = node.attr('aria-label');
  if (label) return label.trim();
  const labelledBy = node.attr('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => $(`#${id}`).text())
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const clone = node.clone();
  clone.find('img[alt]').each((_, image) => void $(image).replaceWith(` ${$(image).attr('alt')} `));
  clone.find('[aria-hidden="true"]').remove();
  return clone.text().replace(/\s+/g, ' ').trim();
}

/** `<html lang="nb">`: the page language screen readers and hyphenation use. */
export function langProblems($: CheerioAPI): string[] {
  const lang = $('html').attr('lang');
  return lang === 'nb' ? [] : [`<html lang="${lang ?? ''}"> should be lang="nb"`];
}

/** One h1, and no heading deeper than one level below the heading before it (h2 → h4 skips h3). */
export function headingProblems($: CheerioAPI): string[] {
  const problems: string[] = [];
  const headings = $('h1, h2, h3, h4, h5, h6')
    .toArray()
    .filter((heading) => !isHidden($, heading));
  const h1s = headings.filter((heading) => heading.tagName === 'h1').length;
  if (h1s !== 1) problems.push(`${h1s} <h1> elements (expected exactly one)`);
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.tagName.slice(1));
    if (level > previous + 1) {
      problems.push(
        `<${heading.tagName}>${$(heading).text().trim()}</${heading.tagName}> follows ${previous ? `an <h${previous}>` : 'no heading'}`,
      );
    }
    previous = level;
  }
  return problems;
}

/** Every image has alt text, or alt="" when it is decorative; an inline SVG is hidden or has a role and a name. */
export function imageProblems($: CheerioAPI): string[] {
  const problems: string[] = [];
  $('img').each((_, image) => {
    if ($(image).attr('alt') === undefined) problems.push(`<img src="${$(image).attr('src')}"> has no alt attribute`);
  });
  $('svg').each((_, svg) => {
    const node = $(svg);
    if (node.attr('aria-hidden') === 'true' || node.parents('svg').length > 0) return;
    const named = node.attr('aria-label') || node.attr('aria-labelledby') || node.children('title').text().trim();
    if (!node.attr('role') || !named)
      problems.push(`<svg class="${node.attr('class') ?? ''}"> is neither aria-hidden nor a named role`);
  });
  return problems;
}

/**
 * Every link has a name that says where it goes: not empty, not a vague "les mer" on its own, and one name never
 * leads to two different places on the same page (WCAG 2.4.4: the purpose of each link from its text).
 */
export function linkProblems($: CheerioAPI): string[] {
  const problems: string[] = [];
  const targets = new Map<string, Set<string>>();
  for (const link of $('a[href]').toArray()) {
    if (isHidden($, link)) continue;
    const name = accessibleName($, link);
    const href = $(link).attr('href') ?? '';
    const plain = name
      .toLocaleLowerCase('nb')
      .replace(/[.…:!?»«"()]+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!name) problems.push(`<a href="${href}"> has no text`);
    else if (vagueLinkTexts.has(plain)) problems.push(`<a href="${href}">${name}</a> does not say where it goes`);
    if (!name) continue;
    const destination = href.replace(/\/(?=$|[?#])/, '');
    targets.set(plain, (targets.get(plain) ?? new Set()).add(destination));
  }
  for (const [name, destinations] of targets) {
    if (destinations.size > 1)
      problems.push(`links named «${name}» go to different places: ${[...destinations].join(', ')}`);
  }
  return problems;
}

export function staticProblems($: CheerioAPI): string[] {
  return [...langProblems($), ...headingProblems($), ...imageProblems($), ...linkProblems($)];
}
