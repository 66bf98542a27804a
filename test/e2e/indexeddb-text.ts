/**
 * Every row of every IndexedDB database the page's origin holds, as one text to search for secrets. Passed to
 * `page.evaluate` as it is, so it runs in the page and uses nothing from outside itself.
 */
export async function indexedDbText(): Promise<string> {
  const dumps: string[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name ?? '');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const name of db.objectStoreNames) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      dumps.push(JSON.stringify(rows));
    }
    db.close();
  }
  return dumps.join('\n');
}
