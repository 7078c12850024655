// The types the webview reads: the snapshot's (model/snapshot.ts) and the messages', all
// through the protocol file, which is the only thing of src/ the panel's bundle may import
// (and only its types and validators: it depends on nothing).
export type * from '../src/extension/panel/protocol';
