# string operators: concatenation, repetition, indexing, slicing, comparison, membership
s = 'hello'
t = 'world'
print(s + ' ' + t, s * 3, 2 * 'ab', 'x' * 0, 'x' * -2)
print(s[0], s[-1], s[1:3], s[:2], s[3:], s[::-1], s[::2], s[10:], s[-100:2])
print('ell' in s, 'z' not in s, '' in s)
print('abc' < 'abd', 'a' < 'B', 'Z' < 'a', 'abc' == 'abc', 'ab' < 'abc')
print(len(s), len(''), len('é☃'))
print(s[1:-1:2], s[4:0:-1], s[-2:])
print(str(123), str(-4.5), str(None), str([1, 'a']))
