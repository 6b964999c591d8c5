/** Every schema type of the Studio, grouped as in the folders: documents, singletons, objects. */
import type { DocumentDefinition } from 'sanity';
import { publishedReferencesValidation } from '../lib/validation';
import { collaborationProject } from './documents/collaboration-project';
import { conference } from './documents/conference';
import { event } from './documents/event';
import { organisation } from './documents/organisation';
import { page } from './documents/page';
import { person } from './documents/person';
import { pillar } from './documents/pillar';
import { place } from './documents/place';
import { projectStory } from './documents/project-story';
import { researchQuestion } from './documents/research-question';
import { researchUpdate } from './documents/research-update';
import { applicationRound } from './objects/application-round';
import { attachment } from './objects/attachment';
import { blockContent } from './objects/block-content';
import { applicationStep } from './objects/application-step';
import { checklistItem } from './objects/checklist-item';
import { checklistSubItem } from './objects/checklist-sub-item';
import { conferenceDay } from './objects/conference-day';
import { contactTopic } from './objects/contact-topic';
import { evaluation } from './objects/evaluation';
import { figure } from './objects/figure';
import { internalLink } from './objects/internal-link';
import { keyFact } from './objects/key-fact';
import { language } from './objects/language';
import { link } from './objects/link';
import { materialFile } from './objects/material-file';
import { materialLink } from './objects/material-link';
import { navItem } from './objects/nav-item';
import { registration } from './objects/registration';
import { session } from './objects/session';
import { venue } from './objects/venue';
import { activitySupport } from './singletons/activity-support';
import { applicationGuide } from './singletons/application-guide';
import { siteSettings } from './singletons/site-settings';

/**
 * Every document type (singletons too) refuses to be published while it points at a document that is only a
 * draft: the site shows only what is published, so the reference would show as nothing (publishedReferencesValidation).
 */
function withPublishedReferences(type: DocumentDefinition): DocumentDefinition {
  if (type.validation) throw new Error(`${type.name} has a validation of its own: combine it with this one`);
  return { ...type, validation: (rule) => rule.custom(publishedReferencesValidation) };
}

export const documentTypes = [
  pillar,
  place,
  collaborationProject,
  projectStory,
  event,
  conference,
  researchQuestion,
  researchUpdate,
  page,
  organisation,
  person,
].map(withPublishedReferences);

export const singletonSchemaTypes = [siteSettings, activitySupport, applicationGuide].map(withPublishedReferences);

export const objectTypes = [
  figure,
  blockContent,
  link,
  internalLink,
  language,
  attachment,
  keyFact,
  evaluation,
  registration,
  venue,
  conferenceDay,
  contactTopic,
  session,
  materialFile,
  materialLink,
  applicationStep,
  checklistItem,
  checklistSubItem,
  applicationRound,
  navItem,
];

export const schemaTypes = [...documentTypes, ...singletonSchemaTypes, ...objectTypes];
