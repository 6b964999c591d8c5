import { MenuIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { messages } from '../../lib/validation';

/** A main-navigation entry: a document on the site or a path/URL. Exactly one of them. */
export const navItem = defineType({
  name: 'navItem',
  title: 'Menypunkt',
  type: 'object',
  icon: MenuIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Tekst i menyen',
      type: 'string',
      description: 'Kort, helst ett eller to ord. Høyst 30 tegn.',
      validation: (rule) => [
        rule.required().error(messages.required),
        rule.max(30).warning('Menypunkter bør være korte, høyst 30 tegn.'),
      ],
    }),
    defineField({
      name: 'reference',
      title: 'Side',
      type: 'reference',
      description: 'Velg siden menypunktet går til …',
      // /aktivitetsstotte is the pillar's page: the menu links to the pillar, not to the grant's terms.
      to: [{ type: 'pillar' }, { type: 'page' }, { type: 'applicationGuide' }],
    }),
    defineField({
      name: 'href',
      title: 'eller adresse',
      type: 'string',
      description: '… eller en sti på nettstedet som «/historier», eller en full adresse (https://…).',
      validation: (rule) =>
        rule.custom((href, context) => {
          const parent = context.parent as { reference?: unknown } | undefined;
          if (Boolean(href) === Boolean(parent?.reference)) return messages.navTarget;
          if (href && !/^\/[a-z0-9\-/#]*$/.test(href) && !/^https?:\/\//.test(href)) {
            return 'Adressen må være en sti som begynner med / eller en full adresse som begynner med https://';
          }
          return true;
        }),
    }),
  ],
  preview: {
    select: { title: 'label', target: 'reference.title', href: 'href' },
    prepare: ({ title, target, href }) => ({ title, subtitle: target ?? href }),
  },
});
