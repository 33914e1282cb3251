// Storage for the user's training-catalogue overlay and "what I already hold" (a stored item:
// see src/storage/stored-item.ts).
import { itemMigrations } from '../storage/migrations';
import { noticeOfRepair } from '../storage/notices';
import { defineStoredItem } from '../storage/stored-item';
import { checkUserCatalogue } from './schema';
import { emptyUserCatalogue, type UserCatalogue } from './user-catalogue';

export const userCatalogueItem = defineStoredItem<UserCatalogue>({
  key: 'local:userCatalogue',
  what: 'training catalogue',
  defaults: emptyUserCatalogue,
  check: checkUserCatalogue,
  migrations: itemMigrations('catalogue'),
  notify: noticeOfRepair,
});

export function loadUserCatalogue(): Promise<UserCatalogue> {
  return userCatalogueItem.load();
}

export async function updateUserCatalogue(change: (current: UserCatalogue) => UserCatalogue): Promise<UserCatalogue> {
  return (await userCatalogueItem.update(({ value }) => change(value))).value;
}

export function watchUserCatalogue(callback: (value: UserCatalogue) => void): () => void {
  return userCatalogueItem.watch(callback);
}
