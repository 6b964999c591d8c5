/**
 * Sanity Studio for For Alle: Norwegian UI, the desk structure grouped by pillar, singletons that
 * cannot be created twice, duplicated or deleted, links from each document to its page in the draft
 * preview and on the site, publish and duplicate actions that take care of the publication date of stories and research
 * updates, Norwegian typography as editors type in rich text («…», –), a badge on each document the last update of
 * the site stopped at or remarked on, and Vision for trying GROQ.
 * https://www.sanity.io/docs/studio/configuration
 */
import { nbNOLocale } from '@sanity/locale-nb-no';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { withPublishDate } from './actions/publish-date';
import { NorwegianTypography } from './components/NorwegianTypography';
import { siteLinkActions } from './actions/site-links';
import { SiteStatusBadge } from './badges/site-status-badge';
import { apiVersion } from '@for-alle/shared/api-version';
import { isFixedType, singletonActions } from './lib/singletons';
import { validationLocaleBundle } from './lib/validation-locale';
import { parameterisedTemplateIds, templates } from './lib/templates';
import { schemaTypes } from './schemaTypes';
import { structure } from './structure';

export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'forallelocal';
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production';

export default defineConfig({
  name: 'default',
  title: 'For Alle',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure, title: 'Innhold' }),
    visionTool({ defaultApiVersion: apiVersion, title: 'GROQ' }),
    nbNOLocale(),
  ],
  // After the nb-NO plugin, so its validation strings give way to the Studio's own.
  i18n: { bundles: [validationLocaleBundle] },
  form: { components: { portableText: { plugins: NorwegianTypography } } },
  schema: {
    types: schemaTypes,
    // Singletons and the fixed sets (pillars, research questions) get no "create" template; parameterised templates
    // are offered from the lists that fill them in.
    templates: (previous) => [...previous.filter((template) => !isFixedType(template.schemaType)), ...templates],
  },
  // Vision (GROQ queries against the dataset) is a developer's tool: administrators only.
  tools: (previous, { currentUser }) =>
    currentUser?.roles.some((role) => role.name === 'administrator')
      ? previous
      : previous.filter((tool) => tool.name !== 'vision'),
  document: {
    newDocumentOptions: (previous, { creationContext }) =>
      previous.filter(
        (item) =>
          !isFixedType(item.templateId) &&
          (creationContext.type === 'structure' || !parameterisedTemplateIds.has(item.templateId)),
      ),
    // Built-in actions (singletons and fixed sets keep only theirs; on a story or research update, «Publiser» fills
    // an empty publication date, «Planlegg publisering» waits for one and «Dupliser» leaves it out of the copy),
    // then "Forhåndsvis" and "Åpne på nettstedet".
    // «Stoppet oppdateringen» or «Merknad» on a document the last update of the site named (Status for nettstedet).
    badges: (previous) => [...previous, SiteStatusBadge],
    actions: (previous, { schemaType }) => [
      ...(isFixedType(schemaType)
        ? previous.filter(({ action }) => action !== undefined && singletonActions.has(action))
        : previous
      ).map((action) => withPublishDate(action, schemaType)),
      ...siteLinkActions(schemaType),
    ],
  },
});
