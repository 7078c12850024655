// The simulated memory cap. Real CPython raises MemoryError when malloc or mmap
// fails; the simulator fails the same way once the simulated process would hold
// more than `cap` bytes (arenas + brk heap + mmapped chunks). Only bookkeeping
// numbers grow with a request: a 10 GB bytes object costs the host nothing, and is
// refused before anything is recorded.

/** Thrown by the simulated allocator when a request does not fit under the cap.
 *  The VM turns it into Python's MemoryError. */
export class SimulatedMemoryError extends Error {
  constructor(
    /** Bytes the failed request asked the OS for (an arena, a brk extension, an mmap). */
    readonly requested: number,
    /** Bytes held when it failed. */
    readonly used: number,
    readonly cap: number,
  ) {
    super(`simulated memory cap of ${cap} bytes reached (holding ${used}, asked for ${requested} more)`);
    this.name = 'SimulatedMemoryError';
  }
}

/** Bytes the simulated process has taken from the OS, against the cap. */
export class MemoryBudget {
  used = 0;
  /** Highest `used` ever seen. */
  peak = 0;

  constructor(public cap: number) {}

  /** Takes `n` bytes from the OS, or throws SimulatedMemoryError without taking anything. */
  charge(n: number): void {
    if (!(n <= this.cap - this.used)) throw new SimulatedMemoryError(n, this.used, this.cap);
    this.used += n;
    if (this.used > this.peak) this.peak = this.used;
  }

  release(n: number): void {
    this.used -= n;
  }
}

/** v8::String::kMaxLength on 64-bit hosts: the longest JavaScript string, in UTF-16
 *  units (2**29 - 24). A str the simulator cannot represent is refused with MemoryError
 *  before its text is built, as CPython refuses one its malloc cannot satisfy
 *  (objects/unicode_type.ts _PyUnicode_CheckNew; vm/hostlimits.ts for the rest). */
export const HOST_MAX_STRING_LENGTH = 2 ** 29 - 24;
