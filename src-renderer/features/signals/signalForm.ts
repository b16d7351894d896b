// The signal part of the registration form as typed, and as sent to core (`signalInput`).
import { formatDate, parseDutchDate } from '../../../src-shared/domain/format';

export interface SignalForm {
  melderPartner: string;
  melderContact: string;
  /** dd-mm-jjjj. */
  ontvangen: string;
  omschrijving: string;
  ideologie: string;
  ernst: string;
  bron: string;
}

/** Received today unless the user says otherwise; the lists are chosen consciously. */
export function emptySignal(today = new Date()): SignalForm {
  return {
    melderPartner: '',
    melderContact: '',
    ontvangen: formatDate(today),
    omschrijving: '',
    ideologie: '',
    ernst: '',
    bron: '',
  };
}

export function signalInputOf(form: SignalForm) {
  return { ...form, ontvangen: parseDutchDate(form.ontvangen) ?? form.ontvangen.trim() };
}
