# Writes src/model/syntax/codec-names-311.json: every name CPython 3.11's codec registry
# resolves (the encodings package's modules and aliases, normalized as
# encodings.normalize_encoding does) with the codec it names, so that a source file's
# coding declaration can be told apart: utf-8, latin-1 or ascii under any of their
# names, a codec CPython has but PyHeap does not decode, or no codec at all
# ("SyntaxError: encoding problem: NAME"). Run with $(pyenv root)/versions/3.11.7/bin/python.
import encodings, encodings.aliases, json, pkgutil, codecs, sys
def known(n):
    try:
        codecs.lookup(n)
        return True
    except LookupError:
        return False
names = set(encodings.aliases.aliases)
names.update(m.name for m in pkgutil.iter_modules(encodings.__path__) if not m.name.startswith('_') and m.name != 'aliases')
names = {n: codecs.lookup(n).name for n in sorted(names) if known(n)}
assert sys.version_info[:2] == (3, 11), sys.version
with open('src/model/syntax/codec-names-311.json', 'w') as f:
    json.dump(names, f, indent=0, sort_keys=True)
    f.write('\n')
print(len(names), 'names')
