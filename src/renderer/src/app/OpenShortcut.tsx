// Ctrl/⌘+O opens scripts in a browser too. On the desktop the native menu owns the shortcut (its
// dialog runs in main); a browser has no menu, and its own Ctrl+O would open a file as a page.
import { useEffect, useRef } from 'react';
import { ScriptFilePicker } from '../components/ScriptFilePicker.js';
import { useScriptImport } from '../views/library/use-script-import.js';
import { useAppInfo } from './api-context.js';

/** True for Ctrl+O (⌘+O on a Mac) without other modifiers. */
export function isOpenShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
) {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'o';
}

/** A hidden file picker the shortcut opens, wherever the user is; picked scripts land in Library. */
export function OpenShortcut({ onOpened }: { onOpened(): void }) {
  const { transport } = useAppInfo();
  const { importPicked } = useScriptImport();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (transport === 'electron') return;
    const onKey = (e: KeyboardEvent) => {
      if (!isOpenShortcut(e)) return;
      e.preventDefault();
      input.current?.click();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [transport]);
  if (transport === 'electron') return null;
  return (
    <ScriptFilePicker
      ref={input}
      testId="open-shortcut-input"
      label="Open scripts (Ctrl+O)"
      onPicked={(files) => {
        onOpened();
        void importPicked(files);
      }}
    />
  );
}
