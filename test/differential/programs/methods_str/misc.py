# str misc: encode, translate-free ops, str methods on empty strings, comparisons and multiplication
s = 'Mississippi'
print(s.lower().count('ss'), s.upper().find('SIP'), len(s.encode()), 'é'.encode('utf-8'))
print(''.upper(), ''.strip(), ''.split('x'), ''.join(['']), ''.startswith(''), 'a'.endswith(''))
print('abc' * 2 == 'abcabc', 'a' + 'b' * 3, ('ab' * 3).count('ab'))
print('Hello'.startswith('hell'), 'HeLLo'.lower() == 'hello', 'x'.join('abc'))
print(str.upper('q'), str.join('-', ['1', '2']), 'ABC'.lower().upper())
words = 'The rain in Spain'.split()
print(sorted(words), sorted(words, key=str.lower), [w[::-1] for w in words])
print('spam'.index('a'), 'spam'[::-1].upper(), 'x'.zfill(3), 'abc'.isprintable(), 'a\n'.isprintable())
print(max('apple', 'apricot'), min(['b', 'ab', 'abc']), 'a' * 0 == '')
