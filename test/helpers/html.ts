// Reading rendered HTML in tests as a user reads it: the text, without tags.

/** The text of a piece of HTML: tags out, white space folded. */
export const tekst = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The text from the element with id `van` up to the one with id `tot` (a section of a page). */
export const sectieTekst = (html: string, van: string, tot: string) => tekst(html.slice(html.indexOf(`id="${van}"`), html.indexOf(`id="${tot}"`)));
