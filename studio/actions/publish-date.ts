/**
 * The publication date of stories and research updates in Sanity's own actions (the rules: lib/publish-date.ts).
 * Each built-in action is decorated, not replaced, as Sanity's document actions documentation shows, so it keeps its
 * label, its validation gate and its waiting for a patch to be saved.
 * https://www.sanity.io/docs/studio/document-actions
 * - «Publiser» on a draft fills an empty date first, and leaves a date the editor chose alone.
 * - «Publiser» on a version (a scheduled draft's «Publiser nå») and «Planlegg publisering» publish without the
 *   draft's «Publiser», so they wait until the document has a date.
 * - «Dupliser» leaves the date out of the copy (the action's `mapDocument`).
 */
import {
  useDocumentOperation,
  type DocumentActionComponent,
  type DocumentActionProps,
  type DuplicateDocumentActionComponent,
} from 'sanity';
import { publishDateFields, type PublishDateField } from '@for-alle/shared/publish-date-fields';
import { hasPublishDate, publishDateOnPublish, withoutPublishDate } from '../lib/publish-date';

/** Why publishing without «Publiser» waits: the date is filled in only by «Publiser» on a draft. */
export const missingDateTitle = (field: PublishDateField) =>
  `Velg ${field.kind === 'date' ? 'datoen' : 'tidspunktet'} i «Publisert» først. Det fylles bare ut av seg selv når du ` +
  'trykker «Publiser» på et utkast, ikke når publiseringen er planlagt.';

/** A type's built-in action, decorated where it touches the publication date; other actions as they are. */
export function withPublishDate(action: DocumentActionComponent, schemaType: string): DocumentActionComponent {
  const field = publishDateFields[schemaType];
  if (!field) return action;
  if (action.action === 'publish') return publishSettingDate(action, field);
  if (action.action === 'schedule') return waitingForDate(action, field);
  if (action.action === 'duplicate') return duplicateWithoutDate(action as DuplicateDocumentActionComponent, field);
  return action;
}

function publishSettingDate(publish: DocumentActionComponent, field: PublishDateField): DocumentActionComponent {
  const PublishWithDateAction: DocumentActionComponent = (props) => {
    const { patch } = useDocumentOperation(props.id, props.type);
    const description = publish(props);
    if (!description) return null;
    // A version is published with its release: «Publiser» never sees it, so it must bring its own date.
    if (props.version) return dateMissing(props.version, field) ? disabled(description, field) : description;
    return {
      ...description,
      onHandle: () => {
        if (props.draft) {
          const next = publishDateOnPublish(field.kind, {
            value: props.draft[field.name],
            publishedValue: props.published?.[field.name],
            now: new Date(),
          });
          if (next) patch.execute([{ set: { [field.name]: next } }]);
        }
        description.onHandle?.();
      },
    };
  };
  PublishWithDateAction.action = publish.action;
  PublishWithDateAction.displayName = 'PublishWithDateAction';
  return PublishWithDateAction;
}

/** «Planlegg publisering»: Sanity publishes the scheduled copy itself, at the time, without «Publiser». */
function waitingForDate(schedule: DocumentActionComponent, field: PublishDateField): DocumentActionComponent {
  const ScheduleWithDateAction: DocumentActionComponent = (props) => {
    const description = schedule(props);
    if (!description) return null;
    return dateMissing(props.version ?? props.draft, field) ? disabled(description, field) : description;
  };
  ScheduleWithDateAction.action = schedule.action;
  ScheduleWithDateAction.displayName = 'ScheduleWithDateAction';
  return ScheduleWithDateAction;
}

function duplicateWithoutDate(
  duplicate: DuplicateDocumentActionComponent,
  field: PublishDateField,
): DuplicateDocumentActionComponent {
  const DuplicateWithoutDateAction: DuplicateDocumentActionComponent = (props) =>
    duplicate({
      ...props,
      mapDocument: (document) => withoutPublishDate(props.mapDocument ? props.mapDocument(document) : document, field),
    });
  DuplicateWithoutDateAction.action = duplicate.action;
  DuplicateWithoutDateAction.displayName = 'DuplicateWithoutDateAction';
  return DuplicateWithoutDateAction;
}

function dateMissing(document: DocumentActionProps['draft'], field: PublishDateField): boolean {
  return Boolean(document) && !hasPublishDate(document?.[field.name]);
}

function disabled(
  description: NonNullable<ReturnType<DocumentActionComponent>>,
  field: PublishDateField,
): NonNullable<ReturnType<DocumentActionComponent>> {
  return { ...description, disabled: true, title: missingDateTitle(field) };
}
