// Training entries and the user's catalogue overlay, described once (valibot). Links must be
// https: an http or javascript: link in an extension page is a risk the user should not carry.
import * as v from 'valibot';
import { SENIORITIES, SIDES, SPECIALIZATIONS, TRAINING_KINDS } from '../schema/vocabulary';
import { checkKeepingValidParts, checkStrictly, type Checked, type Validated } from '../schema/check';
import { idKey, keyedMap, list, objectOf, oneOf, text } from '../schema/fields';
import type { TrainingEntry } from './types';
import { emptyUserCatalogue, type UserCatalogue } from './user-catalogue';


/** Why a link is refused, or null. Empty means "no link". */
export function linkProblem(link: string): string | null {
  if (link === '') return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return 'The link is not a web address.';
  }
  if (url.protocol !== 'https:') return 'Links must start with https://.';
  return null;
}

const filled = (max: number) => v.pipe(text(max), v.check((s) => s.trim() !== '', 'must not be empty'));
const words = () => v.optional(list(text(100)));

export const trainingEntrySchema = objectOf({
  id: filled(100),
  name: filled(200),
  kind: oneOf(TRAINING_KINDS),
  level: v.optional(text(100), ''),
  sides: v.optional(list(oneOf(SIDES)), []),
  specializations: v.optional(list(oneOf(SPECIALIZATIONS)), []),
  seniority: v.optional(list(oneOf(SENIORITIES)), []),
  why: v.optional(text(500), ''),
  link: v.optional(v.pipe(text(500), v.check((l) => linkProblem(l) === null, (i) => linkProblem(i.input as string) ?? 'bad link'))),
  aliases: words(),
  contextAliases: words(),
  degreeFields: words(),
  issuer: v.optional(text(200)),
  grounding: v.optional(objectOf({ quote: text(), document: text(200) })),
  custom: v.optional(v.boolean()),
});

/** A checked entry: an empty link is no link, and `custom` is kept only when true. */
function tidy(entry: v.InferOutput<typeof trainingEntrySchema>): TrainingEntry {
  const { link, custom, ...rest } = entry;
  return { ...rest, ...(link ? { link } : {}), ...(custom === true ? { custom: true } : {}) };
}

/** `trainingIds` (an import): the shipped entries an edit may name. */
function userCatalogueSchema(trainingIds?: readonly string[]) {
  const entry = v.pipe(trainingEntrySchema, v.transform(tidy));
  return objectOf({
    /** Entries the user added: always custom. */
    added: v.optional(
      v.pipe(
        list(v.pipe(entry, v.transform((e): TrainingEntry => ({ ...e, custom: true })))),
        v.checkItems((e, i, all) => all.findIndex((other) => other.id === e.id) === i, (issue) => `"${(issue.input as TrainingEntry).id}" is used twice`),
      ),
      [],
    ),
    edited: v.optional(keyedMap(idKey(trainingIds, 'training entry'), entry), {}),
    removed: v.optional(list(text(100)), []),
    held: v.optional(list(text(100)), []),
  }) satisfies v.GenericSchema<unknown, UserCatalogue>;
}

const storedSchema = userCatalogueSchema();

/** One entry from the options form: the entry, or what is wrong with it. */
export function checkTrainingEntry(raw: unknown): Validated<TrainingEntry> {
  const checked = checkStrictly(v.pipe(trainingEntrySchema, v.transform(tidy)), raw, '');
  return checked;
}

export function checkUserCatalogue(raw: unknown): Checked<UserCatalogue> {
  return checkKeepingValidParts(storedSchema, raw, 'catalogue', emptyUserCatalogue);
}

export function checkImportedCatalogue(raw: unknown, path: string, known: { trainingIds?: readonly string[] }): Validated<UserCatalogue> {
  return checkStrictly(userCatalogueSchema(known.trainingIds), raw, path);
}
