// Finding form fields by their visible label. MUI appends " *" to the label of a required field,
// and a password field's "show" button carries the word "Wachtwoord" too: match the label exactly,
// with or without the asterisk.
import type { Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function field(scope: Pick<Page, 'getByLabel'>, label: string) {
  return scope.getByLabel(new RegExp(`^${escape(label)}(\\s*\\*)?$`));
}
