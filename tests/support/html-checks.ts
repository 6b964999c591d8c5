// Accessibility checks that need only the HTML and that neither html-validate (heading levels, a second h1, img
// alt: tests/build/html-validate.test.ts) nor axe (tests/e2e/a11y.test.ts) makes: the language is Norwegian, the page
// has an h1, inline SVGs are hidden or named, and link texts say where they go (WCAG 1.1.1, 2.4.4, 2.4.6, 3.1.1).
// Run over every built page by tests/build/a11y-static.test.ts and over the Portable Text fixture. Each returns
// readable problems; none is ok.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** Link texts that do not say where a link goes, whatever surrounds them (lowercase, without punctuation). */
const vagueLinkTexts = new Set([
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
function accessibleName($: CheerioAPI, element: Element): string {
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

/** `<html lang="nb">`: the page language screen readers and hyphenation use. html-validate and axe check that
 * there is a valid language, not that it is this one. */
export function langProblems($: CheerioAPI): string[] {
  const lang = $('html').attr('lang');
  return lang === 'nb' ? [] : [`<html lang="${lang ?? ''}"> should be lang="nb"`];
}

/**
 * The page has an h1, its title in the page. html-validate's heading-level refuses a second h1, a skipped level and a
 * first heading below h1, but passes a page with no heading at all.
 */
export function h1Problems($: CheerioAPI): string[] {
  const h1s = $('h1')
    .toArray()
    .filter((heading) => !isHidden($, heading));
  return h1s.length > 0 ? [] : ['no visible <h1>'];
}

/** An inline SVG is hidden from screen readers or has a role and a name (html-validate's wcag/h37 covers <img>). */
export function svgProblems($: CheerioAPI): string[] {
  const problems: string[] = [];
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
  return [...langProblems($), ...h1Problems($), ...svgProblems($), ...linkProblems($)];
}
