# comprehensions are separate code objects (<listcomp>...) in 3.11; a generator expression is a generator
data = [1, 2]
sq = [x * x for x in data]
d = {x: x for x in data}
s = sum(x for x in data)
nested = [
    y
    for y in data
    if y
]
