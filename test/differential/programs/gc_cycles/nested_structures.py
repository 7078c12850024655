# a tree whose nodes point back to their parent: every node is part of a cycle
import gc
gc.collect()
class Tree:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
root = Tree(None)
for i in range(3):
    child = Tree(root)
    for j in range(2):
        Tree(child)
del root, child
print(gc.collect())
