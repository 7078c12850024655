# Keeping 300k small objects alive (150k instances + 150k tuples fill many pools and arenas), then dropping them.
class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value


total = 0
for round_no in range(2):
    nodes = []
    pairs = []
    for i in range(150_000):
        nodes.append(Node(i, round_no))
        pairs.append((i, i % 5))
    for n in nodes:
        total += n.key + n.value
    for p in pairs:
        total += p[1]
    del nodes
    del pairs
print(total)
