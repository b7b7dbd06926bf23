/** Records what a browser context complains about: CSP violations, console errors, page errors. */
import type { BrowserContext, ConsoleMessage } from '@playwright/test';

export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
}

export interface Complaints {
  csp: CspViolation[];
  consoleErrors: { page: string; text: string; url: string }[];
  pageErrors: string[];
}

/** Must be called before the context's first page opens. */
export async function watchContext(context: BrowserContext): Promise<Complaints> {
  const complaints: Complaints = { csp: [], consoleErrors: [], pageErrors: [] };
  await context.exposeBinding('__cercleE2eCsp', ({ page }, violation: Omit<CspViolation, 'page'>) => {
    complaints.csp.push({ page: page.url(), ...violation });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cercleE2eCsp: (v: object) => void }).__cercleE2eCsp;
      report({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  context.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    complaints.consoleErrors.push({
      page: message.page()?.url() ?? '',
      text: message.text(),
      url: message.location().url,
    });
  });
  context.on('weberror', (error) => complaints.pageErrors.push(String(error.error())));
  return complaints;
}

/** A failed request the browser logs by itself ("Failed to load resource: … 401"), for one API path. */
export function isExpectedHttpError(
  error: Complaints['consoleErrors'][number],
  path: string | RegExp,
  status: number,
): boolean {
  const pathname = error.url ? new URL(error.url).pathname : '';
  const matches = typeof path === 'string' ? pathname === path : path.test(pathname);
  return matches && error.text.includes(`status of ${status}`);
}
