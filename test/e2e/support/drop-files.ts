// A real drag-and-drop of files: a DataTransfer built inside the page, holding File objects, is
// carried by dragenter/dragover/drop events dispatched on the target, just as the browser does
// when files are dragged in from the desktop.
import type { JSHandle, Page } from 'playwright-core';

export interface DroppedFile {
  readonly name: string;
  readonly content: string;
  readonly type?: string;
}

/** The DOM constructors used inside the page (this project's Node typings have no DOM lib). */
interface PageGlobals {
  DataTransfer: new () => { items: { add(file: unknown): unknown } };
  File: new (parts: string[], name: string, options?: { type?: string }) => unknown;
}

export async function createFileTransfer(page: Page, files: readonly DroppedFile[]): Promise<JSHandle> {
  return page.evaluateHandle((list) => {
    const dom = globalThis as unknown as PageGlobals;
    const transfer = new dom.DataTransfer();
    for (const file of list) transfer.items.add(new dom.File([file.content], file.name, { type: file.type }));
    return transfer;
  }, files);
}

/** dragenter + dragover on `selector`; the drop itself is `dropTransfer`. */
export async function dragOver(page: Page, selector: string, dataTransfer: JSHandle): Promise<void> {
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
}

export async function dropTransfer(page: Page, selector: string, dataTransfer: JSHandle): Promise<void> {
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}
