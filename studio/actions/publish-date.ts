/**
 * «Publiser» for stories and research updates: sets the publication date first (lib/publish-date.ts says when), then
 * hands over to Sanity's own publish action, which keeps its label, its validation gate and its waiting for the
 * patch to be saved (publishing waits until the document is consistent). This decorates the built-in action as
 * Sanity's document actions documentation shows, rather than replacing it.
 * https://www.sanity.io/docs/studio/document-actions
 */
import { useDocumentOperation, type DocumentActionComponent } from 'sanity';
import { publishDateFields, publishDateOnPublish, type PublishDateField } from '../lib/publish-date';

/** Sanity's publish action for a type, wrapped so it sets the type's publication date; other actions as they are. */
export function withPublishDate(action: DocumentActionComponent, schemaType: string): DocumentActionComponent {
  const field = publishDateFields[schemaType];
  if (action.action !== 'publish' || !field) return action;
  return publishSettingDate(action, field);
}

function publishSettingDate(publish: DocumentActionComponent, field: PublishDateField): DocumentActionComponent {
  const PublishWithDateAction: DocumentActionComponent = (props) => {
    const { patch } = useDocumentOperation(props.id, props.type);
    const description = publish(props);
    if (!description) return null;
    return {
      ...description,
      onHandle: () => {
        // Only a draft: a release version is published with its release, and keeps the date the editor gave it.
        if (props.draft && !props.version) {
          const next = publishDateOnPublish(field.kind, {
            value: props.draft[field.name],
            draftCreatedAt: props.draft._createdAt,
            alreadyPublished: Boolean(props.published),
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
