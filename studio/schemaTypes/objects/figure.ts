import { ImageIcon } from '@sanity/icons';
import { defineField, defineType } from 'sanity';
import { FigureInput } from '../../components/FigureInput';
import { needsAltText } from '@for-alle/shared/content-rules';
import { limits, messages } from '../../lib/validation';

/**
 * The one image type, used for every image field and inside Portable Text. Alt text is required
 * unless the editor marks the image as decorative (WCAG 1.1.1). Every image also needs the editor's confirmation that
 * it shows no recognisable children, or that consent was obtained: For Alle writes about children in vulnerable
 * families, and a decorative picture or a speaker's portrait can show a child as well. The site never reads it.
 */
export const figure = defineType({
  name: 'figure',
  title: 'Bilde',
  type: 'image',
  icon: ImageIcon,
  options: { hotspot: true },
  // Clears the children confirmation when the picture is replaced.
  components: { input: FigureInput },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternativ tekst',
      type: 'string',
      description: `Hva viser bildet, og hvorfor er det her? Leses opp av skjermlesere. Høyst ${limits.altMax} tegn. Påkrevd med mindre bildet er dekorativt.`,
      hidden: ({ parent }) => (parent as { decorative?: boolean } | undefined)?.decorative === true,
      validation: (rule) => [
        rule.custom((alt, context) =>
          needsAltText({ ...(context.parent as object | undefined), alt }) ? messages.altRequired : true,
        ),
        rule.max(limits.altMax).error(messages.altTooLong),
      ],
    }),
    defineField({
      name: 'decorative',
      title: 'Dekorativt bilde',
      type: 'boolean',
      description: 'Kryss av bare når bildet ikke formidler noe innhold. Skjermlesere hopper da over det.',
      initialValue: false,
    }),
    defineField({
      name: 'caption',
      title: 'Bildetekst',
      type: 'string',
      description: 'Vises under bildet. Valgfri.',
    }),
    defineField({
      name: 'credit',
      title: 'Kreditering',
      type: 'string',
      description: 'Fotograf eller illustratør, for eksempel «Foto: Kari Nordmann».',
    }),
    defineField({
      name: 'childConsentConfirmed',
      title: 'Bildet viser ikke barn som kan kjennes igjen, eller samtykke er innhentet',
      type: 'boolean',
      description:
        'Barn som kan kjennes igjen, kan bare vises med samtykke fra foresatte. Kryss av når du har sjekket det. ' +
        'Krysset vises ikke på nettstedet: det minner deg på å sjekke, og viser senere at det er gjort. ' +
        'Bytter du bildet, fjernes krysset, så det nye bildet må sjekkes.',
      options: { layout: 'checkbox' },
      initialValue: false,
      validation: (rule) =>
        rule.custom((confirmed, context) =>
          !(context.parent as { asset?: unknown } | undefined)?.asset || confirmed === true
            ? true
            : messages.childConsentRequired,
        ),
    }),
  ],
  preview: {
    select: { alt: 'alt', caption: 'caption', media: 'asset', decorative: 'decorative' },
    prepare: ({ alt, caption, media, decorative }) => ({
      title: alt || (decorative ? 'Dekorativt bilde' : 'Bilde uten alternativ tekst'),
      subtitle: caption,
      media,
    }),
  },
});
