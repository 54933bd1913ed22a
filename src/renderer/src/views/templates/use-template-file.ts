import { useApi } from '../../app/api-context.js';

export type TemplateFileUse = 'background' | 'logo' | 'font';

/** The bytes of a file the user picked, as base64 for the contract (the page never sends a path). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes its characters as arguments, and arguments are limited.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Sends a picked file to main, which keeps it next to template `id` once it is what `use` needs,
 * and answers the name the template's field takes.
 */
export function useTemplateFile(id: string) {
  const api = useApi();
  return async (use: TemplateFileUse, file: File): Promise<{ file: string; kind?: 'image' | 'video' }> => {
    const result = await api['templates.addFile']({
      id,
      use,
      upload: { name: file.name, dataBase64: await base64Of(file) },
    });
    if ('cancelled' in result) throw new Error('no file was added');
    return result;
  };
}
