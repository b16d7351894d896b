// The largest id a channel takes (and a loaded version, an offset): PostgreSQL's `integer`, the
// type of every id column on the team server. A larger number reached the query there and came
// back as INTERNAL ("value out of range"); now it is refused on its field, on both engines.
import { z } from 'zod';

export const MAX_ID = 2_147_483_647;

/** A record's id: a positive integer the database can hold. */
export const recordId = z.number().int().positive().max(MAX_ID);

/** Where a page starts: a count of rows, at most an id's range. */
export const pageOffset = z.number().int().min(0).max(MAX_ID).default(0);
