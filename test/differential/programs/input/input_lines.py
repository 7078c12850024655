# input() writes its prompt to stdout (flushed first) and returns one line of stdin
# without its newline; sys.stdin can be iterated; at the end, EOFError.
import sys
name = input('Your name: ')
print('Hello,', name)
age = int(input('Age? '))
print(age + 1, type(name).__name__, len(name))
rest = []
for line in sys.stdin:
    rest.append(line)
print(rest)
try:
    input('more> ')
except EOFError as e:
    print('EOFError:', e)
print(sys.stdin.readline() == '', sys.stdin.read())
