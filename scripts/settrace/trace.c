/* The C trace function: one JSON array per line for every trace event of CPython 3.11's eval loop.
 *
 * It must not change what it observes, so it creates no Python object and takes no reference: names are
 * read from the _PyInterpreterFrame's localsplus (function frames) or with PyDict_Next from f_locals
 * (module and class frames), never through PyFrame_FastToLocals / f_locals, which would build a dict
 * holding a reference to every value. Strings are written as UTF-8 from their own buffers (no
 * PyUnicode_AsUTF8 cache), the frame depth follows _PyInterpreterFrame.previous (PyFrame_GetBack would
 * create frame objects for the callers). What tracing itself does to the heap is CPython's, not ours:
 * call_trace makes a PyFrameObject for every traced frame (see test/settrace/README.md).
 *
 * Records (JSON arrays; QUAL is co_qualname, "file.py:co_qualname" for code from another file):
 *   ["call",      QUAL, co_firstlineno, f_lineno, depth]
 *   ["line",      QUAL, co_firstlineno, f_lineno, depth, [[name, ob_refcnt, type, static], ...] | null]
 *   ["return",    QUAL, co_firstlineno, f_lineno, depth, type of the returned value | null on unwind]
 *   ["exception", QUAL, co_firstlineno, f_lineno, depth, exception type]
 *   ["end", events, other]   (at exit(): Py_Exit leaves by exit() on SystemExit; events counts past the cap
 *                             too; other counts the events of other files' code called by the program)
 * Events of other files' code (importlib running `import gc`, weakref.finalize...) are only counted unless
 * settrace_install was asked for all; CPython's own Python code run from C alone (path hooks before the
 * program, threading._shutdown and atexit hooks at exit) is never recorded.
 */
#define Py_BUILD_CORE_MODULE 1
#include <Python.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include "internal/pycore_code.h"
#include "internal/pycore_frame.h"
#include "internal/pycore_runtime.h"
#include "trace.h"

static FILE *out;
static long max_events;
static long events;         /* events counted since the program's <module> call */
static long other_events;   /* of other files' code, when not recorded */
static int record_other;
static int started;
static const char *program; /* absolute path: co_filename of the program's code objects */

/* ---- JSON output ---- */

static void
put_codepoint(Py_UCS4 c)
{
    if (c == '"' || c == '\\') {
        fputc('\\', out);
        fputc((int)c, out);
    }
    else if (c < 0x20) {
        fprintf(out, "\\u%04x", (unsigned)c);
    }
    else if (c < 0x80) {
        fputc((int)c, out);
    }
    else if (c < 0x800) {
        fputc(0xc0 | (c >> 6), out);
        fputc(0x80 | (c & 0x3f), out);
    }
    else if (c < 0x10000) {
        fputc(0xe0 | (c >> 12), out);
        fputc(0x80 | ((c >> 6) & 0x3f), out);
        fputc(0x80 | (c & 0x3f), out);
    }
    else {
        fputc(0xf0 | (c >> 18), out);
        fputc(0x80 | ((c >> 12) & 0x3f), out);
        fputc(0x80 | ((c >> 6) & 0x3f), out);
        fputc(0x80 | (c & 0x3f), out);
    }
}

/* The characters of a str, read from its canonical buffer (PyUnicode_READ), JSON-escaped. */
static void
put_unicode_chars(PyObject *s, Py_ssize_t from)
{
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    for (Py_ssize_t i = from; i < n; i++) {
        put_codepoint(PyUnicode_READ(kind, data, i));
    }
}

/* Index of the first character after the last '/' of a path. */
static Py_ssize_t
basename_start(PyObject *path)
{
    int kind = PyUnicode_KIND(path);
    const void *data = PyUnicode_DATA(path);
    for (Py_ssize_t i = PyUnicode_GET_LENGTH(path); i > 0; i--) {
        if (PyUnicode_READ(kind, data, i - 1) == '/') {
            return i;
        }
    }
    return 0;
}

static void
put_cstring(const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        put_codepoint((unsigned char)*s); /* tp_name and paths here are ASCII */
    }
    fputc('"', out);
}

/* ---- what the objects are ---- */

static int
is_program_code(PyCodeObject *co)
{
    return PyUnicode_CompareWithASCIIString(co->co_filename, program) == 0;
}

/* type(v).__name__ without calling it: a heap type's tp_name is its __name__; a static type's
 * tp_name may be dotted ("_io.TextIOWrapper") and __name__ is the part after the last dot (type_name). */
static void
put_type_name(PyTypeObject *tp)
{
    const char *name = tp->tp_name;
    if (!(tp->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        const char *dot = strrchr(name, '.');
        if (dot != NULL) {
            name = dot + 1;
        }
    }
    put_cstring(name);
}

/* A class statement of the program: a heap type whose __module__ is "__main__" (read from tp_dict
 * directly: _PyType_Lookup would fill the method cache, which holds references). */
static int
is_program_type(PyTypeObject *tp)
{
    if (!(tp->tp_flags & Py_TPFLAGS_HEAPTYPE) || tp->tp_dict == NULL) {
        return 0;
    }
    PyObject *module = PyDict_GetItemWithError(tp->tp_dict, &_Py_ID(__module__));
    return module != NULL && PyUnicode_Check(module) &&
           PyUnicode_CompareWithASCIIString(module, "__main__") == 0;
}

/* An object whose ob_refcnt depends on what CPython's startup built (site, io, encodings, the stdlib
 * code objects...) rather than on the program alone. */
static int
is_static(PyObject *v)
{
    /* Statically allocated in libpython or an extension: None, True, False, Ellipsis, NotImplemented,
     * static types; _PyRuntime.global_objects holds the small ints, b'' and the 1-byte bytes, '' and
     * the 1-character Latin-1 strs, the static identifier strs and (). */
    Dl_info info;
    if (dladdr(v, &info) != 0 && info.dli_fname != NULL) {
        return 1;
    }
    if (PyUnicode_Check(v)) {
        return PyUnicode_CHECK_INTERNED(v) != 0; /* shared by every code object and dict naming it */
    }
    if (PyModule_Check(v)) {
        return 1;
    }
    if (PyType_Check(v)) {
        return !is_program_type((PyTypeObject *)v);
    }
    if (PyCFunction_Check(v)) { /* len, gc.collect: made when their module was; [].append is not */
        PyObject *self = PyCFunction_GET_SELF(v);
        return self == NULL || PyModule_Check(self);
    }
    if (PyFunction_Check(v)) {
        return !is_program_code((PyCodeObject *)((PyFunctionObject *)v)->func_code);
    }
    if (PyCode_Check(v)) {
        return !is_program_code((PyCodeObject *)v);
    }
    if (Py_IS_TYPE(v, &PyMethodDescr_Type) || Py_IS_TYPE(v, &PyClassMethodDescr_Type) ||
        Py_IS_TYPE(v, &PyWrapperDescr_Type) || Py_IS_TYPE(v, &PyGetSetDescr_Type) ||
        Py_IS_TYPE(v, &PyMemberDescr_Type)) {
        return !is_program_type(((PyDescrObject *)v)->d_type);
    }
    return 0;
}

/* ---- the records ---- */

static void
put_name(PyObject *name, PyObject *value, int *first)
{
    fputs(*first ? "[" : ",[", out);
    *first = 0;
    fputc('"', out);
    put_unicode_chars(name, 0);
    fprintf(out, "\",%zd,", Py_REFCNT(value));
    put_type_name(Py_TYPE(value));
    fputs(is_static(value) ? ",true]" : ",false]", out);
}

static int
is_dunder(PyObject *name)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(name);
    int kind = PyUnicode_KIND(name);
    const void *data = PyUnicode_DATA(name);
    return n >= 4 && PyUnicode_READ(kind, data, 0) == '_' && PyUnicode_READ(kind, data, 1) == '_' &&
           PyUnicode_READ(kind, data, n - 1) == '_' && PyUnicode_READ(kind, data, n - 2) == '_';
}

/* Every bound name of the frame with its value's true ob_refcnt (no +1 of sys.getrefcount). */
static void
put_names(_PyInterpreterFrame *f)
{
    PyCodeObject *co = f->f_code;
    int first = 1;
    fputc('[', out);
    if (co->co_flags & CO_OPTIMIZED) {
        /* Fast locals, then cells and free variables (their slot holds the cell: the name's value is
         * its content) in co_localsplusnames order. */
        for (int i = 0; i < co->co_nlocalsplus; i++) {
            PyObject *value = f->localsplus[i];
            if (value == NULL) {
                continue;
            }
            _PyLocals_Kind kind = _PyLocals_GetKind(co->co_localspluskinds, i);
            if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) && PyCell_Check(value)) {
                value = PyCell_GET(value);
                if (value == NULL) {
                    continue;
                }
            }
            put_name(PyTuple_GET_ITEM(co->co_localsplusnames, i), value, &first);
        }
    }
    else if (f->f_locals != NULL && PyDict_Check(f->f_locals)) {
        /* Module and class bodies: their namespace dict, in insertion order, without __dunder__s. */
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(f->f_locals, &pos, &key, &value)) {
            if (PyUnicode_Check(key) && !is_dunder(key)) {
                put_name(key, value, &first);
            }
        }
    }
    fputc(']', out);
}

static int
depth_of(_PyInterpreterFrame *f)
{
    /* What counting f_back gives: incomplete frames (before their first RESUME) are skipped as
     * PyFrame_GetBack skips them. */
    int depth = 0;
    for (_PyInterpreterFrame *p = f->previous; p != NULL; p = p->previous) {
        if (!_PyFrame_IsIncomplete(p)) {
            depth++;
        }
    }
    return depth;
}

/* Whether a frame of the program is below f: another file's code is recorded only then (weakref.finalize
 * called by the program's DECREF), not when CPython runs it on its own (atexit, threading._shutdown). */
static int
called_by_program(_PyInterpreterFrame *f)
{
    for (_PyInterpreterFrame *p = f->previous; p != NULL; p = p->previous) {
        if (is_program_code(p->f_code)) {
            return 1;
        }
    }
    return 0;
}

static const char *const event_names[] = {"call", "exception", "line", "return"};

static int
trace(PyObject *obj, PyFrameObject *frame, int what, PyObject *arg)
{
    (void)obj;
    _PyInterpreterFrame *f = frame->f_frame;
    PyCodeObject *co = f->f_code;
    int mine = is_program_code(co);
    if (!started) {
        if (what != PyTrace_CALL || !mine || PyUnicode_CompareWithASCIIString(co->co_name, "<module>") != 0) {
            return 0; /* Py_RunMain's own Python code before the program (path hooks) */
        }
        started = 1;
    }
    if (what > PyTrace_RETURN) {
        return 0; /* PyTrace_OPCODE: only when f_trace_opcodes is set */
    }
    if (!mine) {
        if (!called_by_program(f)) {
            return 0;
        }
        if (!record_other) {
            other_events++;
            return 0;
        }
    }
    if (++events > max_events) {
        return 0;
    }
    fprintf(out, "[\"%s\",\"", event_names[what]);
    if (!mine) {
        /* another file's code (weakref.finalize...): "weakref.py:finalize.__call__" */
        put_unicode_chars(co->co_filename, basename_start(co->co_filename));
        fputc(':', out);
    }
    put_unicode_chars(co->co_qualname, 0);
    fprintf(out, "\",%d,%d,%d", co->co_firstlineno, PyFrame_GetLineNumber(frame), depth_of(f));
    switch (what) {
    case PyTrace_LINE:
        fputc(',', out);
        if (mine) {
            put_names(f);
        }
        else {
            fputs("null", out);
        }
        break;
    case PyTrace_RETURN:
        fputc(',', out);
        if (arg == NULL) {
            fputs("null", out); /* TRACE_FUNCTION_UNWIND: the frame is left by an exception */
        }
        else {
            put_type_name(Py_TYPE(arg));
        }
        break;
    case PyTrace_EXCEPTION:
        /* call_exc_trace passes (type, value, traceback) */
        fputc(',', out);
        put_type_name((PyTypeObject *)PyTuple_GET_ITEM(arg, 0));
        break;
    }
    fputs("]\n", out);
    return 0;
}

static void
finish(void)
{
    fprintf(out, "[\"end\",%ld,%ld]\n", events, other_events);
    fclose(out);
}

void
settrace_install(FILE *file, long max, const char *filename, int all)
{
    record_other = all;
    out = file;
    max_events = max;
    program = filename;
    atexit(finish);
    PyEval_SetTrace(trace, NULL);
}
