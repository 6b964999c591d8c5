/**
 * The title of the field in «Innstillinger» that counts the areas where a collaboration project may start (the
 * programme's «prosess frem mot potensiell etablering»). The Studio's messages and the content report name the field
 * by this title, so an editor finds the field the message speaks of.
 */
export const areasInProcessTitle = 'Områder der et samarbeidsprosjekt kan komme';
