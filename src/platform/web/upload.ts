// Uploads for every upload route (issue 20): the multipart body is streamed to files in a fresh temp
// directory, never held in memory, with a bound on each file's size and on the number of files and
// fields. Passing a bound ends in UploadFout with a Dutch sentence for the form (status 413); the temp
// directory is removed when the route is done. Access and CSRF are checked before (toegang/plugin.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import type { Multipart, MultipartFile } from '@fastify/multipart';

export interface UploadGrenzen {
  /** Bytes per file. */
  bytes: number;
  /** Number of files. */
  bestanden: number;
}

export interface GeuploadBestand {
  /** The form field the file came in. */
  veld: string;
  /** The file name as the browser sent it, without directories. */
  naam: string;
  /** Where it is on disk (inside the temp directory, removed afterwards). */
  pad: string;
  grootte: number;
}

export interface Upload {
  bestanden: GeuploadBestand[];
  /** The text fields of the form (the last value of a field sent more than once). */
  velden: Record<string, string>;
  /** The temp directory: a route may put files it derives here too. */
  map: string;
}

export class UploadFout extends Error {
  constructor(
    reden: string,
    public readonly status: number,
  ) {
    super(reden);
    this.name = 'UploadFout';
  }
}

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`.replace('.', ',');

function uploadFout(e: unknown, grenzen: UploadGrenzen): UploadFout {
  const code = (e as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new UploadFout(`Het bestand is te groot: hoogstens ${mb(grenzen.bytes)} per bestand. Splits het bestand of lever het in delen.`, 413);
  if (code === 'FST_FILES_LIMIT') return new UploadFout(`Te veel bestanden tegelijk: hoogstens ${grenzen.bestanden}.`, 413);
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return new UploadFout('Het formulier heeft te veel velden.', 413);
  return new UploadFout('Het formulier kon niet gelezen worden (de verzending is afgebroken of onvolledig). Probeer het opnieuw.', 400);
}

/** A file name safe to use on disk: the last path part, only ordinary characters. */
function veiligeNaam(naam: string, nr: number): string {
  const basis = path.basename(naam.replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 100);
  return `${nr}-${basis || 'bestand'}`;
}

/** Reads a multipart form: files to disk, fields as text. Throws UploadFout when a bound is passed. */
export async function ontvangUpload(req: FastifyRequest, grenzen: UploadGrenzen, map: string): Promise<Upload> {
  const upload: Upload = { bestanden: [], velden: {}, map };
  if (!req.isMultipart()) return upload;
  try {
    const delen = req.parts({ limits: { fileSize: grenzen.bytes, files: grenzen.bestanden, fields: 20, fieldSize: 64 * 1024, parts: grenzen.bestanden + 20 } });
    for await (const deel of delen as AsyncIterable<Multipart>) {
      if (deel.type === 'field') {
        upload.velden[deel.fieldname] = String(deel.value ?? '');
        continue;
      }
      const bestand = deel as MultipartFile;
      const pad = path.join(map, veiligeNaam(bestand.filename ?? '', upload.bestanden.length + 1));
      await pipeline(bestand.file, fs.createWriteStream(pad));
      const grootte = (await fs.promises.stat(pad)).size;
      // a file input left empty arrives as a part without name and content
      if (!bestand.filename && grootte === 0) continue;
      upload.bestanden.push({ veld: bestand.fieldname, naam: path.basename((bestand.filename ?? '').replace(/\\/g, '/')), pad, grootte });
    }
  } catch (e) {
    throw uploadFout(e, grenzen);
  }
  return upload;
}

/**
 * Runs `werk` with the upload in a fresh temp directory, or `bijFout` when a bound was passed (show
 * its Dutch message in the form, with its status), and removes the directory afterwards.
 */
export async function metUpload<T>(
  req: FastifyRequest,
  grenzen: UploadGrenzen,
  werk: (upload: Upload) => Promise<T>,
  bijFout: (fout: UploadFout) => Promise<T>,
): Promise<T> {
  const map = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'am-upload-'));
  try {
    let upload: Upload;
    try {
      upload = await ontvangUpload(req, grenzen, map);
    } catch (e) {
      if (e instanceof UploadFout) return await bijFout(e);
      throw e;
    }
    return await werk(upload);
  } finally {
    await fs.promises.rm(map, { recursive: true, force: true });
  }
}

/** Moves an uploaded file to `naam` inside the upload's directory (the importer reads the type from the name). */
export async function hernoem(bestand: GeuploadBestand, map: string, naam: string): Promise<string> {
  const doel = path.join(map, 'bestanden', path.basename(naam));
  await fs.promises.mkdir(path.dirname(doel), { recursive: true });
  await fs.promises.rename(bestand.pad, doel);
  bestand.pad = doel;
  return doel;
}
