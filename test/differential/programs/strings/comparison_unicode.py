# string ordering by code point, len of non-ASCII strings, slicing and iteration over multi-byte chars
words = ['zebra', 'Apple', 'éclair', 'apple', '_under', '123', 'Zed', '日本']
print(sorted(words))
print([len(w) for w in words], [ord(w[0]) for w in words])
s = 'naïve café ☕ 日本語'
print(len(s), s[2], s[-3:], s[::-1], s.upper())
print('é' > 'z', 'Z' < 'a', 'a' < 'aa', '' < 'a', 'abc' > 'abC')
print(s.split(), s.find('☕'), s.count('é'), 'ï' in s)
print([c for c in s if ord(c) > 127])
print(repr(s), str(s.encode('utf-8')[:8]))
