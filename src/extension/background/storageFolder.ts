// The view store's folder in the extension's global storage, through vscode.workspace.fs:
// a disk folder on desktop and in code-server, the browser's storage in web VS Code.

import * as vscode from 'vscode';
import type { StoreFolder } from './viewStore';

export function storageFolder(dir: vscode.Uri): StoreFolder {
  const fs = vscode.workspace.fs;
  const at = (name: string): vscode.Uri => vscode.Uri.joinPath(dir, name);
  let made: Thenable<void> | undefined;
  return {
    read: async (name) => {
      try {
        return await fs.readFile(at(name));
      } catch {
        return undefined; // none yet (FileNotFound), or unreadable: a miss either way
      }
    },
    write: async (name, data) => {
      made ??= fs.createDirectory(dir);
      await made;
      await fs.writeFile(at(name), data);
    },
    list: async () => {
      try {
        return (await fs.readDirectory(dir)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
      } catch {
        return [];
      }
    },
    mtime: async (name) => {
      try {
        return (await fs.stat(at(name))).mtime;
      } catch {
        return 0;
      }
    },
    remove: async (name) => {
      try {
        await fs.delete(at(name));
      } catch {
        // Gone already (another window evicted it).
      }
    },
  };
}
