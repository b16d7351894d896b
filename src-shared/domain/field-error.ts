// A validation problem with one field, as the renderer shows it next to the field and the router
// returns it; `key` is an i18n key under `common:validation`.
export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}
