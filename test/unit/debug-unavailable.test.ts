// The web extension host's `pyheap` adapter: initialize succeeds, then every request (launch
// first) fails with the reason and what works instead, shown to the user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnavailableAdapter, DEBUG_UNAVAILABLE } from '../../src/extension/debugUnavailable';

test('where no debuggee thread can block, a pyheap session says why at launch', () => {
  const a = new UnavailableAdapter();
  const got: Record<string, unknown>[] = [];
  a.onDidSendMessage((m) => got.push(m as Record<string, unknown>));
  a.handleMessage({ seq: 1, type: 'request', command: 'initialize', arguments: {} } as never);
  a.handleMessage({ seq: 2, type: 'request', command: 'launch', arguments: { program: 'a.py' } } as never);
  a.handleMessage({ seq: 3, type: 'event', event: 'ignored' } as never);
  assert.equal(got.length, 2);
  assert.deepEqual([got[0].command, got[0].success, got[0].request_seq], ['initialize', true, 1]);
  assert.deepEqual([got[1].command, got[1].success, got[1].request_seq], ['launch', false, 2]);
  assert.equal(got[1].message, DEBUG_UNAVAILABLE);
  assert.match(DEBUG_UNAVAILABLE, /SharedArrayBuffer/);
  assert.deepEqual((got[1].body as { error: { showUser: boolean } }).error.showUser, true);
});
