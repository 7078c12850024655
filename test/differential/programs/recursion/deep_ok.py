# recursion below the limit works: factorial, fibonacci, mutual recursion, deep list nesting
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(50))
print(len(str(fact(500))))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(20)])
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(301))
def nest(n):
    return [] if n == 0 else [nest(n - 1)]
def count_depth(x):
    return 0 if not x else 1 + count_depth(x[0])
print(count_depth(nest(300)))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))
