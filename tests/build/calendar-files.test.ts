// Every «Legg til i kalender» file the build writes, events' and conference days' alike: one appointment that
// Outlook and other calendars add to the visitor's own calendar, with lines RFC 5545 allows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { bundledDatasetPath } from '../../src/lib/sanity/config';
import type { ContentSource } from '../../src/lib/sanity/source';
import { builtSite, distFile } from '../support/dist';

let data: ContentSource;
beforeAll(async () => {
  data = await createBundledSource(bundledDatasetPath, 'published');
});

const calendarFiles = () =>
  readdirSync(builtSite, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ics'))
    .map((file) => ({ file, ics: readFileSync(join(builtSite, file), 'utf8') }));

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('calendar files', () => {
  it('are written for every event and every conference day with a time', async () => {
    const expected = await data.fetch<number>(
      'count(*[_type == "event" && defined(start) && defined(slug.current)]) + count(*[_type == "conference" && defined(year)].days[defined(start)])',
    );
    expect(expected).toBeGreaterThan(0);
    expect(calendarFiles()).toHaveLength(expected);
  });

  it('each hold one appointment, without the calendar name or refresh interval that make Outlook create a calendar', () => {
    for (const { file, ics } of calendarFiles()) {
      expect(ics, file).not.toMatch(/^X-WR-CALNAME/im);
      expect(ics, file).not.toMatch(/^X-PUBLISHED-TTL/im);
      const calendar = new ICAL.Component(ICAL.parse(ics));
      expect(calendar.getAllSubcomponents('vevent'), file).toHaveLength(1);
    }
  });

  it('keep every line within 75 octets of UTF-8', () => {
    const files = calendarFiles();
    // The dataset's Norwegian text gives lines long enough to fold, with «æ», «ø» and «å» among them.
    expect(files.some(({ ics }) => /^ .*[æøå]/imu.test(ics))).toBe(true);
    for (const { file, ics } of files) {
      const long = ics.split('\r\n').filter((line) => octets(line) > 75);
      expect(long, file).toEqual([]);
    }
  });

  it("read back as each event's own text: no character split across a fold", async () => {
    const events = await data.fetch<{ slug: string; title: string; ingress: string | null }[]>(
      '*[_type == "event" && defined(start) && defined(slug.current)]{ "slug": slug.current, title, ingress }',
    );
    for (const event of events) {
      const ics = readFileSync(distFile(`/arrangementer/${event.slug}.ics`), 'utf8');
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('summary'), event.slug).toBe(event.title);
      if (event.ingress) expect(vevent.getFirstPropertyValue('description'), event.slug).toBe(event.ingress);
    }
  });
});
