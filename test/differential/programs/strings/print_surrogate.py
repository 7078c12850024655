# stdout encodes as it writes: a lone surrogate cannot be encoded in UTF-8 (UnicodeEncodeError, exit 1)
try:
    print('a\ud800b')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
print('still here')
print('\udfff')
