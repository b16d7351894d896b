// Password rules, shared by the forms (immediate feedback) and core (the rule that counts).
// Long passphrases are welcome; the length is what matters. Core also refuses passwords from a
// bundled list of common ones (resources/wachtwoorden/veelgebruikt.txt), which the renderer does
// not carry.
import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: 'validation.passwordTooShort' })
  .max(PASSWORD_MAX_LENGTH, { error: 'validation.tooLong' })
  .refine((value) => new Set(value).size >= 5, { error: 'validation.passwordTooSimple' });

/** Usernames: lower-case letters, digits, dot, dash and underscore; compared case-insensitively. */
export const usernameSchema = z
  .string()
  .trim()
  .min(2, { error: 'validation.usernameFormat' })
  .max(64, { error: 'validation.tooLong' })
  .regex(/^[a-zA-Z0-9._-]+$/, { error: 'validation.usernameFormat' })
  .transform((value) => value.toLowerCase());

export const displayNameSchema = z.string().trim().min(1).max(120);
