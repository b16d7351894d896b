// A person (betrokkene). No pages of its own: the parts other features build person screens from —
// the facts, the form fields and their values, and the history of corrections.
export { CorrectionHistory } from './CorrectionHistory';
export { PersonFacts } from './PersonFacts';
export { PersonFields } from './PersonFields';
export {
  birthDate,
  birthYear,
  EMPTY_PERSON,
  errorsUnder,
  parseAliases,
  personFormFrom,
  personInputOf,
  type PersonForm,
} from './personForm';
