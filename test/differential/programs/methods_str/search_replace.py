# find, rfind, index, count, startswith/endswith (with tuples), replace (with count)
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('cat'), s.rfind('o', 0, 20))
print(s.index('fox'), s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('the'), s.startswith(('a', 'the')), s.endswith('dog'), s.endswith('do', 0, -1))
print(s.replace('the', 'a'), s.replace('o', '0', 2), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '-'))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError:', e)
print('banana'.find('na', 3), 'banana'.rindex('na'), 'x'.find(''), ''.find('x'))
