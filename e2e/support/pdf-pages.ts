/**
 * Renders the first pages of a PDF to images in Chromium with PDF.js (the copy in node_modules,
 * served through a route: nothing is downloaded), and measures them: size, how much of the page
 * is ink, and whether the charts' blue is there. The images are attached to the test report.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { BrowserContext, TestInfo } from '@playwright/test';

export interface RenderedPage {
  width: number;
  height: number;
  /** Share of pixels darker than mid-grey: text and rules. */
  ink: number;
  /** Share of pixels in the report's chart blue (#2E5597, give or take anti-aliasing). */
  chartBlue: number;
  /** Share of ink in the top third: where a cover's title sits. */
  inkTopThird: number;
}

const pdfjsBuild = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build');

export async function renderPdfPages(
  context: BrowserContext,
  pdf: Buffer,
  pages: number,
  testInfo: TestInfo,
): Promise<RenderedPage[]> {
  const viewer = await context.newPage();
  await viewer.route('**/__pdfjs/**', (route) => {
    const name = basename(new URL(route.request().url()).pathname);
    if (name === 'view.html')
      return route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="fr"><title>PDF</title></html>',
      });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(pdfjsBuild, name)) });
  });
  await viewer.goto('/__pdfjs/view.html');
  const measured = await viewer.evaluate(
    async ({ b64, count }) => {
      const moduleUrl = '/__pdfjs/pdf.min.mjs';
      const pdfjs = await import(moduleUrl);
      pdfjs.GlobalWorkerOptions.workerSrc = '/__pdfjs/pdf.worker.min.mjs';
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const doc = await pdfjs.getDocument({ data }).promise;
      const out = [];
      for (let i = 1; i <= Math.min(count, doc.numPages); i += 1) {
        const page = await doc.getPage(i);
        const viewport = page.getViewport({ scale: 1.5 });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.dataset.page = String(i);
        document.body.append(canvas);
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvasContext: ctx, viewport }).promise;
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        let blue = 0;
        let top = 0;
        const topLimit = Math.floor(canvas.height / 3) * canvas.width;
        for (let j = 0; j < px.length; j += 4) {
          const [r, g, b] = [px[j] as number, px[j + 1] as number, px[j + 2] as number];
          if (r + g + b < 384) {
            ink += 1;
            if (j / 4 < topLimit) top += 1;
          }
          if (Math.abs(r - 0x2e) < 24 && Math.abs(g - 0x55) < 24 && Math.abs(b - 0x97) < 24) blue += 1;
        }
        const area = canvas.width * canvas.height;
        out.push({
          width: canvas.width,
          height: canvas.height,
          ink: ink / area,
          chartBlue: blue / area,
          inkTopThird: top / area,
        });
      }
      return out;
    },
    { b64: pdf.toString('base64'), count: pages },
  );
  for (const [i, canvas] of (await viewer.locator('canvas').all()).entries())
    await testInfo.attach(`pdf-page-${i + 1}.png`, {
      body: await canvas.screenshot(),
      contentType: 'image/png',
    });
  await viewer.close();
  return measured;
}
