# Prints sys.getrefcount of the objects the interpreter makes at startup that a program
# can name: the modules sys, builtins, _weakref, weakref, gc and __main__, their dicts,
# their builtin functions, and sys's data attributes. Run as the same program in
# CPython and in PyHeap (scripts/calibrate-startup-refcounts.mjs), it makes the same
# references in both, so the difference of each line is what CPython's startup holds
# that PyHeap does not build (site, io, encodings, importlib, the stdlib's functions,
# each of which holds the builtins dict...). Output: one "kind name count" per line.
# The names are bound to module-level variables before they are counted: each count
# includes the variable and getrefcount's argument, in both interpreters.
import sys, gc, weakref, builtins, _weakref
getrc = sys.getrefcount
mods_now = [('sys', sys), ('builtins', builtins), ('_weakref', _weakref), ('weakref', weakref), ('gc', gc),
            ('__main__', sys.modules['__main__'])]
for modname_now, mod_now in mods_now:
    print('module', modname_now, getrc(mod_now))
for modname_now, mod_now in mods_now:
    dict_now = vars(mod_now)
    print('dict', modname_now, getrc(dict_now))
    del dict_now
for modname_now, mod_now in mods_now:
    for name_now in sorted(vars(mod_now)):
        value_now = vars(mod_now)[name_now]
        if type(value_now).__name__ == 'builtin_function_or_method':
            print('func', modname_now + '.' + name_now, getrc(value_now))
        del value_now
for name_now in ['stdout', 'stderr', '__stdout__', '__stderr__', 'modules', 'path', 'argv', 'version_info',
                 'version', 'hexversion', 'maxsize', 'platform', 'byteorder', 'warnoptions', '_xoptions']:
    if hasattr(sys, name_now):
        value_now = getattr(sys, name_now)
        print('sys', name_now, getrc(value_now))
        del value_now
