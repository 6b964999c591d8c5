// @vitest-environment jsdom
// The map position is asked for in Norwegian: Sanity's geopoint names its numbers «Latitude», «Longitude» and
// «Altitude», so the place's input renames the first two and leaves out the height, which the map never uses.
// Rendered with React as the Studio renders it, with Sanity's own input replaced by one that records its props.
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { FieldMember, ObjectInputProps, ObjectSchemaType } from 'sanity';
import { describe, expect, it } from 'vitest';
import { GeopointInput } from '../../studio/components/GeopointInput';
import { studioWorkspace } from './dataset';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const member = (name: string, title: string) =>
  ({
    kind: 'field',
    key: `field-${name}`,
    name,
    index: 0,
    field: { schemaType: { name: 'number', title } },
  }) as unknown as FieldMember;

describe('GeopointInput', () => {
  it('is the input of the place’s «Kartposisjon»', async () => {
    const { schema } = await studioWorkspace();
    const place = schema.get('place') as ObjectSchemaType;
    const location = place.fields.find((field) => field.name === 'location');
    expect(location?.type.components?.input).toBe(GeopointInput);
  });

  it('names latitude and longitude in Norwegian and leaves out the height', () => {
    let drawn: ObjectInputProps | undefined;
    const props = {
      members: [member('lat', 'Latitude'), member('lng', 'Longitude'), member('alt', 'Altitude')],
      renderDefault: (given: ObjectInputProps) => {
        drawn = given;
        return null;
      },
    } as unknown as ObjectInputProps;
    const root = createRoot(document.createElement('div'));
    act(() => root.render(createElement(GeopointInput, props)));
    act(() => root.unmount());
    const titles = (drawn?.members as FieldMember[]).map((field) => [field.name, field.field.schemaType.title]);
    expect(titles).toEqual([
      ['lat', 'Breddegrad'],
      ['lng', 'Lengdegrad'],
    ]);
  });
});
