# comprehensions with several for/if clauses, nested comprehensions, and conditional expressions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 if x > 2])
print({(a, b) for a in range(3) for b in range(3) if a < b})
print({k: [v for v in range(k)] for k in range(4) if k})
print([s.strip() for s in [' a ', 'b ', ' c'] if s.strip() != 'b'])
words = ['apple', 'bob', 'kayak', 'level', 'xyz']
print([w for w in words if w == w[::-1]])
print(sum(1 for w in words for c in w if c in 'aeiou'))
print([(i, j) for i in range(4) if i % 2 == 0 for j in range(i)])
