// Storage for the user's training-catalogue overlay and "what I already hold" (a stored item:
// see src/storage/stored-item.ts).
import { itemMigrations } from '../storage/migrations';
import { noticeOfRepair } from '../storage/notices';
import { defineStoredItem } from '../storage/stored-item';
import { checkedOrDefaults } from '../storage/validation';
import { emptyUserCatalogue, type UserCatalogue } from './catalogue';
import { validateUserCatalogue } from './validateCatalogue';

export const userCatalogueItem = defineStoredItem<UserCatalogue>({
  key: 'local:userCatalogue',
  what: 'training catalogue',
  defaults: emptyUserCatalogue,
  check: (raw) => checkedOrDefaults(validateUserCatalogue(raw), emptyUserCatalogue),
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
