// Published reports as PDF, built once (issue 20: every public rapport.pdf request started its own
// chromium, uncached and unlimited; 4 requests → 16 processes). The PDF of what the public sees is
// kept on disk per peildatum, data version and day (the same key as the public page cache: a new
// stand, publication or embargo change, or an embargo ending at midnight, gives a new key). Requests
// for a PDF that is being built wait for that build; at most `gelijktijdig` builds run at once, a few
// more wait their turn, and beyond that the answer is 503 with Retry-After.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { RapportGegevens } from './gegevens.js';

export type PdfRenderer = (g: RapportGegevens) => Promise<Buffer>;

export interface PdfBouwerOpties {
  renderer: PdfRenderer;
  /** Directory of the kept PDFs; null keeps nothing on disk (only builds in progress are shared). */
  map: string | null;
  /** Builds at the same time (each is a chromium). */
  gelijktijdig?: number;
  /** Builds that may wait for a free slot; more get TeDrukFout. */
  wachtrij?: number;
}

/** All build slots and the waiting line are taken: answer 503 with Retry-After. */
export class TeDrukFout extends Error {
  constructor(readonly naSeconden: number) {
    super('Er worden nu te veel rapporten tegelijk opgemaakt.');
  }
}

export class PdfBouwer {
  /** Number of renders started (the reliability tests read it). */
  renders = 0;
  private readonly lopend = new Map<string, Promise<Buffer>>();
  private actief = 0;
  private readonly wachtenden: (() => void)[] = [];
  private readonly gelijktijdig: number;
  private readonly wachtrij: number;

  constructor(private readonly opties: PdfBouwerOpties) {
    this.gelijktijdig = opties.gelijktijdig ?? 2;
    this.wachtrij = opties.wachtrij ?? 8;
  }

  /**
   * The PDF of g. With a key (a public report: the same bytes for every visitor) it is built once and
   * kept; without one (a logged-in reader may see more) it is built for this request, within the bound.
   */
  async pdf(g: RapportGegevens, sleutel: string | null): Promise<Buffer> {
    if (!sleutel) return this.beperkt(g);
    const bezig = this.lopend.get(sleutel);
    if (bezig) return bezig;
    const bestand = this.opties.map ? path.join(this.opties.map, `${crypto.createHash('sha256').update(sleutel).digest('hex').slice(0, 40)}.pdf`) : null;
    // registered before the first await: a request arriving meanwhile joins this build
    const bouw = (async () => {
      const klaar = bestand ? await fs.promises.readFile(bestand).catch(() => null) : null;
      if (klaar) return klaar;
      const pdf = await this.beperkt(g);
      if (bestand) await bewaar(bestand, pdf);
      return pdf;
    })();
    this.lopend.set(sleutel, bouw);
    try {
      return await bouw;
    } finally {
      this.lopend.delete(sleutel);
    }
  }

  private async beperkt(g: RapportGegevens): Promise<Buffer> {
    if (this.actief >= this.gelijktijdig) {
      if (this.wachtenden.length >= this.wachtrij) throw new TeDrukFout(30);
      await new Promise<void>((verder) => this.wachtenden.push(verder));
    } else {
      this.actief++;
    }
    try {
      this.renders++;
      return await this.opties.renderer(g);
    } finally {
      // hand the slot straight to the next in line (actief stays the same), or free it
      const volgende = this.wachtenden.shift();
      if (volgende) volgende();
      else this.actief--;
    }
  }
}

/** Write beside, then rename: a reader never sees half a file, also with two instances on one disk. */
async function bewaar(bestand: string, pdf: Buffer): Promise<void> {
  try {
    await fs.promises.mkdir(path.dirname(bestand), { recursive: true });
    const tijdelijk = `${bestand}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    await fs.promises.writeFile(tijdelijk, pdf);
    await fs.promises.rename(tijdelijk, bestand);
    // PDFs of older data versions are never asked for again: drop those older than two days
    const map = path.dirname(bestand);
    for (const f of await fs.promises.readdir(map)) {
      const p = path.join(map, f);
      const st = await fs.promises.stat(p).catch(() => null);
      if (st && Date.now() - st.mtimeMs > 2 * 86_400_000) await fs.promises.rm(p, { force: true });
    }
  } catch {
    // a cache that cannot be written only costs a new build next time
  }
}
