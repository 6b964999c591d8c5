/**
 * «Status for nettstedet», first in the Studio's menu: how the last update of the site ended, which the editors would
 * otherwise never see (it happens in GitHub). The deploy workflow writes it after every run (shared/site-status.ts);
 * the pane shows what stopped an update, document by document with a link to the field, and the content report's
 * remarks, and it follows the document live, so a publish that mends the last error shows as soon as the next run ends.
 */
import { Badge, Box, Card, Flex, Heading, Stack, Text, type CardTone } from '@sanity/ui';
import { useEffect, useState } from 'react';
import { IntentLink } from 'sanity/router';
import type { SiteStatus, SiteStatusItem } from '@for-alle/shared/site-status';
import { useSiteStatus } from '../lib/site-status-store';
import { sentence, whenText } from '../lib/site-status-text';

/**
 * The site rebuilds every hour, and GitHub now and then drops a scheduled run: a report older than this means the runs
 * have stopped reaching the Studio.
 */
const staleAfterHours = 3;

const errors = (count: number) => (count === 1 ? 'én feil' : `${count} feil`);

export function SiteStatusView({ status, now }: { status: SiteStatus | null | undefined; now: Date }) {
  if (status === undefined) return <Text muted>Henter status …</Text>;
  if (status === null)
    return (
      <Text>
        Ingen oppdatering av nettstedet er meldt hit ennå. Statusen vises her etter neste oppdatering, når den som
        drifter nettstedet har satt det opp.
      </Text>
    );
  const hoursSince = (now.getTime() - Date.parse(status.reportedAt)) / 3600_000;
  const unchangedSince = status.publishedAt
    ? `Nettstedet viser det som var publisert ${whenText(status.publishedAt, now)}.`
    : 'Nettstedet er ikke oppdatert ennå.';
  return (
    <Stack gap={4}>
      {status.outcome === 'published' && (
        <OutcomeCard
          tone="positive"
          heading="Nettstedet er oppdatert"
          lines={[
            `Alt som var publisert ${whenText(status.publishedAt ?? status.reportedAt, now)}, er ute. Har du publisert etter det, kommer det med neste oppdatering.`,
          ]}
        />
      )}
      {status.outcome === 'stopped' && (
        <OutcomeCard
          tone="critical"
          heading={`Siste oppdatering stoppet ${whenText(status.reportedAt, now)}`}
          lines={[
            status.problems.length > 0
              ? `Innholdet har ${errors(status.problems.length)} som må rettes før nettstedet kan oppdateres. Rett ${status.problems.length === 1 ? 'feilen' : 'feilene'} og publiser på nytt.`
              : status.message,
            unchangedSince,
          ]}
        />
      )}
      {status.outcome === 'failed' && (
        <OutcomeCard
          tone="caution"
          heading={`Siste oppdatering feilet ${whenText(status.reportedAt, now)}`}
          lines={[status.message, unchangedSince]}
        />
      )}
      {hoursSince > staleAfterHours && (
        <Card padding={3} radius={2} tone="caution" border>
          <Text>
            Ingen oppdatering er meldt på {Math.floor(hoursSince)} timer. Nettstedet skal oppdateres hver time: si fra
            til den som drifter nettstedet.
          </Text>
        </Card>
      )}
      {status.problems.length > 0 && (
        <ItemList title="Feil som stopper oppdateringen" items={status.problems} tone="critical" />
      )}
      {status.remarks.length > 0 && (
        <ItemList title="Merknader (de stopper ikke oppdateringen)" items={status.remarks} tone="default" />
      )}
      {status.runUrl && (
        <Text size={1} muted>
          <a href={status.runUrl} target="_blank" rel="noreferrer">
            Teknisk logg for den som drifter nettstedet
          </a>
        </Text>
      )}
    </Stack>
  );
}

/** How the last update ended: a heading and a few lines, in the outcome's colour. */
function OutcomeCard({ tone, heading, lines }: { tone: CardTone; heading: string; lines: (string | undefined)[] }) {
  return (
    <Card padding={3} radius={2} tone={tone} border>
      <Stack gap={3}>
        <Heading as="h2" size={1}>
          {heading}
        </Heading>
        {/* A build's message keeps its lines (the vanished pages' list, one page a line). */}
        {lines
          .flatMap((line) => line?.split('\n') ?? [])
          .filter((line) => line.trim() !== '')
          .map((line, index) => (
            <Text key={index}>{line}</Text>
          ))}
      </Stack>
    </Card>
  );
}

function ItemList({ title, items, tone }: { title: string; items: SiteStatusItem[]; tone: 'critical' | 'default' }) {
  return (
    <Stack gap={3} as="section" aria-label={title}>
      <Flex align="center" gap={2}>
        <Heading as="h3" size={0}>
          {title}
        </Heading>
        <Badge tone={tone === 'critical' ? 'critical' : 'caution'}>{items.length}</Badge>
      </Flex>
      <Stack gap={2} as="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => (
          <Card key={item._key} as="li" padding={3} radius={2} tone={tone} border>
            <Stack gap={2}>
              <Text weight="semibold">{item.where}</Text>
              <Text>{sentence(item.message)}</Text>
              {item.documentType && (
                <Text size={1}>
                  <IntentLink
                    intent="edit"
                    params={{ id: item.documentId, type: item.documentType, ...(item.path && { path: item.path }) }}
                  >
                    Åpne dokumentet ved feltet
                  </IntentLink>
                </Text>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}

/** The pane itself: the status document as the editor's own login reads it, followed live. */
export function SiteStatusPane() {
  const { status, failure } = useSiteStatus();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    // «i dag», «i går» and the hours since the last report move on while the pane stays open.
    const clock = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(clock);
  }, []);
  return (
    <Box padding={4} style={{ maxWidth: '48rem' }}>
      <Stack gap={4}>
        <Heading as="h1" size={2}>
          Status for nettstedet
        </Heading>
        {failure && (
          <Card padding={3} radius={2} tone="caution" border>
            <Text>
              Fikk ikke hentet statusen fra Sanity ({failure}). Det som står her, kan være gammelt: last siden på nytt
              om litt.
            </Text>
          </Card>
        )}
        {!(failure && status === undefined) && <SiteStatusView status={status} now={now} />}
      </Stack>
    </Box>
  );
}
