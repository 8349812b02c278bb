// A multipart form post of one CSV file (plus plain fields) as a logged-in user, for upload routes.
import type { FastifyInstance } from 'fastify';

/** A multipart body: the plain fields first, then the file as text/csv. */
export function csvFormulier(velden: Record<string, string>, bestand: { veld?: string; naam: string; inhoud: string }, grens = '----testgrens') {
  const delen = Object.entries(velden).flatMap(([k, v]) => [`--${grens}`, `Content-Disposition: form-data; name="${k}"`, '', v]);
  const body = [
    ...delen,
    `--${grens}`,
    `Content-Disposition: form-data; name="${bestand.veld ?? 'bestand'}"; filename="${bestand.naam}"`,
    'Content-Type: text/csv',
    '',
    bestand.inhoud,
    `--${grens}--`,
    '',
  ].join('\r\n');
  return { body, contentType: `multipart/form-data; boundary=${grens}` };
}

/** Posts a CSV file (and fields) to `url` as `wie`, asking for HTML; the CSRF token goes in the query. */
export function uploadCsv(
  app: FastifyInstance,
  wie: { cookie: string; csrf: string },
  url: string,
  bestand: { naam: string; inhoud: string },
  velden: Record<string, string> = {},
) {
  const { body, contentType } = csvFormulier(velden, bestand);
  return app.inject({
    method: 'POST',
    url: `${url}?_csrf=${encodeURIComponent(wie.csrf)}`,
    headers: { accept: 'text/html', 'content-type': contentType, cookie: wie.cookie },
    body,
  });
}
