/**
 * Text recognition with Tesseract (WebAssembly, in a worker thread), fully
 * offline: the engine comes from the tesseract.js-core package and the
 * French and English models from @tesseract.js-data, read from
 * node_modules. Nothing is fetched, nothing is cached to disk.
 *
 * One worker for the whole server, created on first use (it takes a second
 * and ~100 MB), reused, and terminated when the app closes. Jobs run one at
 * a time; the event loop stays free while Tesseract works in its thread.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import Tesseract from 'tesseract.js';
import { AppError } from '../errors.ts';
import type { RecognisedLine } from './draft-notes.ts';

const require = createRequire(import.meta.url);
const LANGUAGES = ['fra', 'eng'] as const;
/** Recognitions waiting beyond this answer 503: a burst of requests must not queue for minutes. */
const MAX_WAITING = 8;
/** Long side given to Tesseract: handwriting on a note stays tens of pixels high. */
const OCR_LONG_SIDE = 2400;

export interface Recognition {
  lines: RecognisedLine[];
  /** Stored-image pixels per OCR-image pixel, to map boxes back. */
  scale: number;
}

export class Recogniser {
  private worker: Promise<Tesseract.Worker> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private closed = false;

  /** Recognises the text of a stored (already re-encoded) photo. */
  async recognise(image: Buffer): Promise<Recognition> {
    if (this.closed) throw new AppError('UNAVAILABLE');
    if (this.waiting >= MAX_WAITING) {
      throw new AppError('UNAVAILABLE', 'Text recognition is busy; try again in a minute.');
    }
    this.waiting++;
    const job = this.queue.then(() => this.run(image));
    this.queue = job.catch(() => {});
    try {
      return await job;
    } finally {
      this.waiting--;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await (await worker.catch(() => undefined))?.terminate();
  }

  private async run(image: Buffer): Promise<Recognition> {
    // Greyscale by luminance keeps dark ink dark on any colour of note; Sauvola (below) does the rest.
    const { data: prepared, info } = await sharp(image)
      .resize({ width: OCR_LONG_SIDE, height: OCR_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .greyscale()
      .png({ compressionLevel: 1 })
      .toBuffer({ resolveWithObject: true });
    const original = await sharp(image).metadata();
    const worker = await this.getWorker();
    const result = await worker.recognize(prepared, {}, { blocks: true, text: false });
    const lines = (result.data.blocks ?? []).flatMap((b) =>
      b.paragraphs.flatMap((p) =>
        p.lines.map((l) => ({
          words: l.words.map((w) => ({ text: w.text, confidence: w.confidence, bbox: w.bbox })),
        })),
      ),
    );
    return { lines, scale: (original.width ?? info.width) / info.width };
  }

  private getWorker(): Promise<Tesseract.Worker> {
    if (this.closed) return Promise.reject(new AppError('UNAVAILABLE'));
    this.worker ??= createOfflineWorker().catch((err: unknown) => {
      this.worker = undefined; // the next request tries again
      throw err;
    });
    return this.worker;
  }
}

/**
 * tesseract.js reads every language from one `langPath` folder, and each model ships in its own
 * package: the two files are copied into a private temporary folder for the worker's start, then
 * removed (the worker keeps the models in memory). Passing the models as data instead does not
 * work in tesseract.js 7 (it initialises with the data as the language name).
 */
async function createOfflineWorker(): Promise<Tesseract.Worker> {
  const folder = await mkdtemp(join(tmpdir(), 'cercle-ocr-'));
  try {
    for (const lang of LANGUAGES) {
      const source = join(
        dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)),
        '4.0.0_best_int',
        `${lang}.traineddata.gz`,
      );
      await copyFile(source, join(folder, `${lang}.traineddata.gz`));
    }
    const worker = await Tesseract.createWorker([...LANGUAGES], Tesseract.OEM.LSTM_ONLY, {
      langPath: folder, // a local folder, not a URL: read from disk, never fetched
      gzip: true,
      cacheMethod: 'none', // nothing written next to the process
      logger: () => {},
      errorHandler: () => {},
    });
    await worker.setParameters({
      // Photos carry no trustworthy DPI; without one Tesseract guesses and warns.
      user_defined_dpi: '300',
      // Sauvola: a local threshold, so notes of different colours and uneven light all binarise well.
      thresholding_method: '2',
      tessedit_pageseg_mode: Tesseract.PSM.AUTO,
    });
    return worker;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
