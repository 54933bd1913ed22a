// Turns a drop (files and whole folders) or a file picker's selection into script uploads. Only
// contents travel: with contextIsolation the renderer never learns real paths, and in a browser
// there are none. Folders are walked with the File System entries API (`webkitGetAsEntry`).
import { isScriptFileName, MAX_SCRIPT_BYTES } from '#core/script-files.js';
import { MAX_UPLOAD_CALL_CHARS } from '#shared/api-contract.js';
import type { ScriptUpload } from '#shared/api-types.js';

/** The library's per-script limit (shared with main); bigger files are refused here rather than sent. */
export { MAX_SCRIPT_BYTES };

export interface SkippedFile {
  readonly name: string;
  readonly reason: string;
}

export interface ReadFilesResult {
  readonly uploads: ScriptUpload[];
  readonly skipped: SkippedFile[];
}

/** What a drop gives: a file, or an entry (file or folder) from `webkitGetAsEntry`. */
type DropSource =
  | { readonly kind: 'file'; readonly file: File; readonly name: string }
  | { readonly kind: 'entry'; readonly entry: FileSystemEntry };

export interface DataTransferLike {
  readonly items?: ArrayLike<
    Pick<DataTransferItem, 'kind' | 'getAsFile'> & { webkitGetAsEntry?: () => FileSystemEntry | null }
  >;
  readonly files?: ArrayLike<File>;
}

/**
 * Reads everything dropped. The DataTransfer is only readable during the drop event, so its
 * entries are taken synchronously before anything is awaited.
 */
export function readDroppedFiles(dataTransfer: DataTransferLike): Promise<ReadFilesResult> {
  const sources: DropSource[] = [];
  const items = dataTransfer.items ? Array.from(dataTransfer.items) : [];
  if (items.length > 0) {
    for (const item of items) {
      if (item.kind !== 'file') continue;
      const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
      if (entry) sources.push({ kind: 'entry', entry });
      else {
        const file = item.getAsFile();
        if (file) sources.push({ kind: 'file', file, name: file.name });
      }
    }
  } else {
    for (const file of Array.from(dataTransfer.files ?? []))
      sources.push({ kind: 'file', file, name: file.name });
  }
  return readSources(sources);
}

/** Files from an <input type="file">: every one is meant as a script. */
export function readPickedFiles(files: ArrayLike<File>): Promise<ReadFilesResult> {
  return readSources(Array.from(files, (file) => ({ kind: 'file' as const, file, name: file.name })));
}

async function readSources(sources: readonly DropSource[]): Promise<ReadFilesResult> {
  const uploads: ScriptUpload[] = [];
  const skipped: SkippedFile[] = [];
  for (const source of sources) {
    if (source.kind === 'file') {
      await readOne(source.file, source.name, uploads, skipped);
    } else if (source.entry.isFile) {
      const file = await entryFile(source.entry as FileSystemFileEntry);
      await readOne(file, source.entry.name, uploads, skipped);
    } else if (source.entry.isDirectory) {
      for (const fileEntry of await walkDirectory(source.entry as FileSystemDirectoryEntry)) {
        const name = fileEntry.fullPath.replace(/^\//, '') || fileEntry.name;
        // Folders hold music, images and notes too: only script files are taken from them.
        if (fileEntry.name.startsWith('.') || !isScriptFileName(fileEntry.name)) continue;
        await readOne(await entryFile(fileEntry), name, uploads, skipped);
      }
    }
  }
  return { uploads, skipped };
}

async function readOne(
  file: File,
  name: string,
  uploads: ScriptUpload[],
  skipped: SkippedFile[],
): Promise<void> {
  if (file.size > MAX_SCRIPT_BYTES) {
    skipped.push({
      name,
      reason: `${name}: ${(file.size / 1024 / 1024).toFixed(1)} MB is over the 1 MB script limit`,
    });
    return;
  }
  try {
    uploads.push({ name, content: await file.text() });
  } catch (error) {
    skipped.push({
      name,
      reason: `${name}: could not be read (${error instanceof Error ? error.message : String(error)})`,
    });
  }
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every file below a folder. `readEntries` returns batches (100 in Chromium) until empty. */
async function walkDirectory(directory: FileSystemDirectoryEntry): Promise<FileSystemFileEntry[]> {
  const files: FileSystemFileEntry[] = [];
  const reader = directory.createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    for (const entry of batch) {
      if (entry.isFile) files.push(entry as FileSystemFileEntry);
      else if (entry.isDirectory) files.push(...(await walkDirectory(entry as FileSystemDirectoryEntry)));
    }
  }
  return files;
}

/** Splits uploads into calls within the contract's limits (500 files) and a sane message size. */
export function chunkUploads(
  uploads: readonly ScriptUpload[],
  maxFiles = 500,
  maxChars = MAX_UPLOAD_CALL_CHARS,
): ScriptUpload[][] {
  const chunks: ScriptUpload[][] = [];
  let current: ScriptUpload[] = [];
  let size = 0;
  for (const upload of uploads) {
    if (current.length > 0 && (current.length >= maxFiles || size + upload.content.length > maxChars)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(upload);
    size += upload.content.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
