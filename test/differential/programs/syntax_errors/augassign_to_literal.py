# SyntaxError: 'literal' is an illegal expression for augmented assignment
x = 1
1 += x
