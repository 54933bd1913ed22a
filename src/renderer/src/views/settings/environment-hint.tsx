/** Under a field an environment variable decides: which one, and that it wins. */
export function environmentHint(variable: string | undefined) {
  if (!variable) return undefined;
  return (
    <span data-testid="settings-env-override">
      Set by the environment variable <code>{variable}</code>, which wins over this setting; unset it to
      change the setting here.
    </span>
  );
}
