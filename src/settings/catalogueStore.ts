// Storage for the user's training-catalogue overlay and "what I already hold".
import { storage } from '#imports';
import { emptyUserCatalogue, type UserCatalogue } from './catalogue';
import { itemMigrations } from './migrations';
import { loadOrRepair } from './safeLoad';
import { SETTINGS_VERSION } from './schema';
import { validateUserCatalogue } from './validateCatalogue';

export const userCatalogueItem = storage.defineItem<UserCatalogue>('local:userCatalogue', {
  fallback: emptyUserCatalogue(),
  version: SETTINGS_VERSION,
  migrations: itemMigrations('catalogue'),
});

export async function loadUserCatalogue(): Promise<UserCatalogue> {
  return loadOrRepair(
    userCatalogueItem,
    (raw) => validateUserCatalogue(raw),
    emptyUserCatalogue,
    'training catalogue',
  );
}

export async function saveUserCatalogue(value: UserCatalogue): Promise<void> {
  const checked = validateUserCatalogue(value);
  if (!checked.ok) throw new Error(`Refusing to save an invalid catalogue: ${checked.issues[0]?.path} ${checked.issues[0]?.message}`);
  await userCatalogueItem.setValue(checked.value);
}

export function watchUserCatalogue(callback: (value: UserCatalogue) => void): () => void {
  return userCatalogueItem.watch((value) => {
    const checked = validateUserCatalogue(value);
    callback(checked.ok ? checked.value : emptyUserCatalogue());
  });
}
