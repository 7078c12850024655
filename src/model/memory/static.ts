// Addresses of the objects that live in libpython's data segment in 3.11 rather than
// on the heap: the small ints, b'' and the 1-byte bytes, the static str objects,
// the 1-character Latin-1 strings, (), None, True, False, Ellipsis, NotImplemented
// and the static type objects. id() of these is their address in the image.
//
// _PyRuntime.global_objects.singletons (Include/internal/pycore_global_objects.h) is
// laid out here from its struct definition, member after member:
//   small_ints[262]            PyLongObject (24 + one 4-byte digit → 32 bytes each)
//   bytes_empty                PyBytesObject (33 → 40 bytes)
//   bytes_characters[256]      { PyBytesObject ob; char eos; } (41 → 48 bytes each)
//   strings.literals/.identifiers  { PyASCIIObject; uint8_t data[len+1]; } (8-aligned)
//   strings.ascii[128]         { PyASCIIObject; uint8_t data[2]; } (56 bytes each)
//   strings.latin1[128]        { PyCompactUnicodeObject; uint8_t data[2]; } (80 bytes each)
//   _tuple_empty_gc_not_used   PyGC_Head (16), then tuple_empty (PyTupleObject, 32)
// so `id(1) - id(0) == 32`, `id(256) - id(-5) == 261 * 32`, `id(b'a') - id(b'\0') ==
// 97 * 48` hold as in CPython. Where the linker put _PyRuntime and the other static
// objects (_Py_NoneStruct, _Py_TrueStruct, PyLong_Type, ...) relative to the start of
// the image cannot be derived from the source: those offsets were measured on the
// real libpython3.11.so 3.11.7 (id(x) minus the image start from /proc/self/maps) and
// are listed below; the relative order of any two of them is therefore real.
// Static types the table does not list get addresses after the last measured type,
// one PyTypeObject slot (0x1a0 bytes, the measured spacing) apart, in the order they
// are first asked for.

import { LIBPYTHON_BASE } from './addrspace';
import { IDENTIFIERS_311, LITERALS_311 } from './static-strings-311';

/** Offsets from the image start, measured on libpython3.11.so (3.11.7, x86-64). */
const MEASURED_OFFSETS_311: Readonly<Record<string, number>> = {
  // _PyRuntime.global_objects.singletons.small_ints[0] (the int -5)
  'singletons': 0x54e7e8,
  'True': 0x446f00, 'False': 0x446f20, 'None': 0x45bbe0, 'NotImplemented': 0x45ba30, 'Ellipsis': 0x45de60,
  'type:bool': 0x446f40, 'type:bytearray_iterator': 0x4475e0, 'type:bytearray': 0x447780,
  'type:bytes_iterator': 0x4484a0, 'type:bytes': 0x448640, 'type:cell': 0x448f20, 'type:method': 0x4492c0,
  'type:code': 0x449b00, 'type:complex': 0x44a260, 'type:property': 0x44aca0,
  'type:wrapper_descriptor': 0x44b280, 'type:getset_descriptor': 0x44b420, 'type:method_descriptor': 0x44b900,
  'type:reversed': 0x44bb60, 'type:enumerate': 0x44bd00, 'type:MemoryError': 0x44d480,
  'type:ZeroDivisionError': 0x44d960, 'type:OverflowError': 0x44db00, 'type:ArithmeticError': 0x44de40,
  'type:AssertionError': 0x44dfe0, 'type:ValueError': 0x44e900, 'type:KeyError': 0x44eaa0,
  'type:IndexError': 0x44ec40, 'type:LookupError': 0x44ede0, 'type:SyntaxError': 0x44f2c0,
  'type:AttributeError': 0x44f5e0, 'type:UnboundLocalError': 0x44f800, 'type:NameError': 0x44f9a0,
  'type:NotImplementedError': 0x44fba0, 'type:RecursionError': 0x44fd40, 'type:RuntimeError': 0x44fee0,
  'type:OSError': 0x451a80, 'type:ImportError': 0x451f40, 'type:KeyboardInterrupt': 0x4521e0,
  'type:SystemExit': 0x4525a0, 'type:GeneratorExit': 0x4527a0, 'type:StopIteration': 0x452940,
  'type:TypeError': 0x452ce0, 'type:Exception': 0x452e80, 'type:BaseException': 0x4531c0,
  'type:coroutine': 0x454440, 'type:generator': 0x4545e0, 'type:float': 0x455200, 'type:frame': 0x4557c0,
  'type:staticmethod': 0x455e00, 'type:classmethod': 0x456020, 'type:function': 0x456240,
  'type:list_reverseiterator': 0x457000, 'type:list_iterator': 0x4571a0, 'type:list': 0x457340,
  'type:int': 0x457ce0, 'type:dict_values': 0x457ee0, 'type:dict_items': 0x458080, 'type:dict_keys': 0x458220,
  'type:dict_itemiterator': 0x4589c0, 'type:dict_valueiterator': 0x458b60, 'type:dict_keyiterator': 0x458d00,
  'type:dict': 0x458ea0, 'type:memoryview': 0x45a980, 'type:builtin_function_or_method': 0x45b000,
  'type:module': 0x45b480, 'type:SimpleNamespace': 0x45b7c0, 'type:NotImplementedType': 0x45ba40,
  'type:NoneType': 0x45bc00, 'type:longrange_iterator': 0x45c5e0, 'type:range_iterator': 0x45c780,
  'type:range': 0x45c920, 'type:frozenset': 0x45d040, 'type:set': 0x45d380, 'type:set_iterator': 0x45d7e0,
  'type:slice': 0x45dcc0, 'type:ellipsis': 0x45de80, 'type:tuple_iterator': 0x45e1e0, 'type:tuple': 0x45e380,
  'type:super': 0x45e6c0, 'type:object': 0x45e860, 'type:type': 0x45ea00, 'type:str_ascii_iterator': 0x461520,
  'type:str': 0x461860, 'type:zip': 0x463780, 'type:map': 0x463920, 'type:filter': 0x463ac0,
  'type:traceback': 0x466a00,
};

/** Size of libpython3.11.so's mapping (measured), for `contains`. */
const IMAGE_SIZE_311 = 0x578000;
/** Measured spacing of consecutive static type objects (sizeof(PyTypeObject) + alignment). */
const TYPE_SLOT = 0x1a0;

const SMALL_INT_SIZE = 32;
const NSMALLNEGINTS = 5;
const NSMALLPOSINTS = 257;
const BYTES_EMPTY_SIZE = 40;
const BYTES_CHAR_SIZE = 48;
const ASCII_SIZE = 56;
const LATIN1_SIZE = 80;
const PY_ASCII_OBJECT = 48;
const GC_HEAD = 16;

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** UTF-8 length of an ASCII literal plus its NUL (sizeof(LITERAL)). */
function literalSize(s: string): number {
  return align8(PY_ASCII_OBJECT + s.length + 1);
}

export class StaticLayout {
  readonly smallIntsBase: number;
  readonly bytesEmptyAddr: number;
  readonly bytesCharsBase: number;
  readonly asciiBase: number;
  readonly latin1Base: number;
  readonly tupleEmptyAddr: number;
  /** Static str objects by value (literals and identifiers), and by C name. */
  private strByValue = new Map<string, number>();
  private strByName = new Map<string, number>();
  private assigned = new Map<string, number>();
  private nextTypeAddr: number;

  constructor(readonly base: number = LIBPYTHON_BASE) {
    let p = base + MEASURED_OFFSETS_311['singletons'];
    this.smallIntsBase = p;
    p += (NSMALLNEGINTS + NSMALLPOSINTS) * SMALL_INT_SIZE;
    this.bytesEmptyAddr = p;
    p += BYTES_EMPTY_SIZE;
    this.bytesCharsBase = p;
    p += 256 * BYTES_CHAR_SIZE;
    for (const [name, value] of LITERALS_311) {
      this.strByName.set(name, p);
      if (!this.strByValue.has(value)) this.strByValue.set(value, p);
      p += literalSize(value);
    }
    for (const name of IDENTIFIERS_311) {
      this.strByName.set(name, p);
      if (!this.strByValue.has(name)) this.strByValue.set(name, p);
      p += literalSize(name);
    }
    this.asciiBase = p;
    p += 128 * ASCII_SIZE;
    this.latin1Base = p;
    p += 128 * LATIN1_SIZE;
    this.tupleEmptyAddr = p + GC_HEAD;
    let maxType = 0;
    for (const k in MEASURED_OFFSETS_311) if (k.startsWith('type:')) maxType = Math.max(maxType, MEASURED_OFFSETS_311[k]);
    this.nextTypeAddr = base + maxType + TYPE_SLOT;
  }

  /** id() of a small int, -5..256. */
  smallInt(v: number): number {
    if (!(v >= -NSMALLNEGINTS && v < NSMALLPOSINTS && Number.isInteger(v))) throw new Error(`internal: ${v} is not a small int`);
    return this.smallIntsBase + (v + NSMALLNEGINTS) * SMALL_INT_SIZE;
  }

  /** id() of the bytes singleton of length 1 holding byte c. */
  bytesChar(c: number): number {
    return this.bytesCharsBase + c * BYTES_CHAR_SIZE;
  }

  /** id() of the 1-character str singleton for code point 0..255 (get_latin1_char). */
  latin1Char(c: number): number {
    return c < 128 ? this.asciiBase + c * ASCII_SIZE : this.latin1Base + (c - 128) * LATIN1_SIZE;
  }

  /** id() of the static str (literal or identifier) with this value, if any. */
  staticString(value: string): number | undefined {
    return this.strByValue.get(value);
  }

  /** id() of _Py_STR(name) / _Py_ID(name) by C field name. */
  staticStringByName(name: string): number | undefined {
    return this.strByName.get(name);
  }

  /** All static str values (literals and identifiers). */
  staticStringValues(): IterableIterator<string> {
    return this.strByValue.keys();
  }

  /** id() of a static type object by tp_name (measured, else assigned in request order). */
  staticType(tpName: string): number {
    return this.staticAddress('type:' + tpName);
  }

  /** The address of a static object by symbol:
   *  'None' 'True' 'False' 'Ellipsis' 'NotImplemented' '()' "''" "b''",
   *  'int:N' (-5..256), 'chr:N' (0..255), 'byte:N' (0..255), 'str:VALUE', 'type:NAME'. */
  staticAddress(symbol: string): number {
    const measured = MEASURED_OFFSETS_311[symbol];
    if (measured !== undefined && symbol !== 'singletons') return this.base + measured;
    switch (symbol) {
      case '()': return this.tupleEmptyAddr;
      case "''": return this.strByName.get('empty')!;
      case "b''": return this.bytesEmptyAddr;
    }
    const colon = symbol.indexOf(':');
    const kind = symbol.slice(0, colon);
    const arg = symbol.slice(colon + 1);
    switch (kind) {
      case 'int': return this.smallInt(Number(arg));
      case 'chr': return this.latin1Char(checkByte(Number(arg)));
      case 'byte': return this.bytesChar(checkByte(Number(arg)));
      case 'str': {
        const a = this.strByValue.get(arg);
        if (a === undefined) throw new Error(`internal: no static str ${JSON.stringify(arg)}`);
        return a;
      }
      case 'type': {
        let a = this.assigned.get(arg);
        if (a === undefined) {
          a = this.nextTypeAddr;
          this.nextTypeAddr += TYPE_SLOT;
          this.assigned.set(arg, a);
        }
        return a;
      }
    }
    throw new Error(`internal: unknown static symbol ${symbol}`);
  }

  /** True when addr lies in the libpython image (a static object). */
  contains(addr: number): boolean {
    return addr >= this.base && addr < this.base + IMAGE_SIZE_311;
  }
}

function checkByte(c: number): number {
  if (!(Number.isInteger(c) && c >= 0 && c < 256)) throw new Error(`internal: ${c} is not a byte`);
  return c;
}
