// The skip link's action, shared by the shell and the screens before login.
import type { MouseEvent } from 'react';

export function skipToContent(event: MouseEvent) {
  // With hash routing a plain #inhoud link would change the route; move focus instead.
  event.preventDefault();
  document.getElementById('inhoud')?.focus();
}
