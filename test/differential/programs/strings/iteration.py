# iterating over strings, chars, ord/chr round trips
s = 'Py3é'
for ch in s:
    print(ch, ord(ch), chr(ord(ch)) == ch)
print(list('abc'), tuple('xy'), set('aa'))
print([c * 2 for c in 'ab'])
print(chr(65), chr(0x263A), ord('\n'), ord('€'))
print(sorted('banana'), ''.join(reversed('stressed')))
print(min('hello'), max('hello'))
