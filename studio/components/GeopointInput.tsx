import type { FieldMember, ObjectInputProps, ObjectMember } from 'sanity';

/**
 * Sanity's geopoint names its numbers «Latitude», «Longitude» and «Altitude», and a schema cannot rename the fields of
 * a built-in type. This input draws Sanity's own with Norwegian titles, and without the height, which the map never uses.
 */
const norwegian: Record<string, { title: string; description: string }> = {
  lat: { title: 'Breddegrad', description: 'Nord–sør, for eksempel 60.39 for Bergen.' },
  lng: { title: 'Lengdegrad', description: 'Øst–vest, for eksempel 5.32 for Bergen.' },
};

function translated(member: FieldMember): FieldMember {
  const words = norwegian[member.name];
  if (!words) return member;
  return {
    ...member,
    field: { ...member.field, schemaType: { ...member.field.schemaType, ...words } },
  } as FieldMember;
}

export function GeopointInput(props: ObjectInputProps) {
  const members = props.members.flatMap((member): ObjectMember[] => {
    if (member.kind !== 'field') return [member];
    if (member.name === 'alt') return [];
    return [translated(member)];
  });
  return props.renderDefault({ ...props, members });
}
