// The worker thread's entry (a worker does not inherit tsx's loader from its parent):
// registers tsx, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
