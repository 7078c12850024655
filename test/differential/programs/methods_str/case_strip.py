# str case methods and strip family, predicates
s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')))
print('abc'.upper(), 'ABC'.lower(), 'hello world'.title(), 'hello'.capitalize(), 'HeLLo'.swapcase())
print('ß'.upper(), 'ǅ'.lower(), 'İ'.lower() == 'i̇', 'ﬁ'.upper())
print('abc'.isalpha(), 'ab1'.isalnum(), '123'.isdigit(), '12a'.isdigit(), '   '.isspace(), ''.isspace())
print('Title Case'.istitle(), 'lower'.islower(), 'UPPER'.isupper(), 'x1'.isidentifier(), '1x'.isidentifier())
print('42'.isdecimal(), '4.2'.isnumeric(), '½'.isnumeric(), 'é'.isascii(), 'abc'.isascii())
print('www.example.com'.removeprefix('www.'), 'file.py'.removesuffix('.py'), 'keep'.removeprefix('x'))
print('a-b'.casefold(), 'ß'.casefold(), '\tx\n'.strip(), 'xyzzy'.rstrip('yz'))
