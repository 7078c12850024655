# move_unreachable moves objects reached through a later container back to young in that container's tp_traverse order (list and tuple items last first, dict values, instance attributes), as gc.get_objects shows.
import gc

class Node:
    pass

def order(objs, mine):
    idx = {id(o): i for i, o in enumerate(objs)}
    return sorted(range(len(mine)), key=lambda k: idx[id(mine[k])])

def case(make):
    kids = [Node() for _ in range(4)]
    holder = make(kids)
    del kids
    gc.collect()
    objs = gc.get_objects()
    mine = list(leaves(holder))
    return order(objs, [holder] + mine)

def leaves(holder):
    if isinstance(holder, dict):
        for k, v in holder.items():
            if isinstance(k, Node):
                yield k
            yield v
    elif isinstance(holder, Node):
        yield from vars(holder).values()
    else:
        yield from holder

print('list', case(lambda k: [k[0], k[1], k[2], k[3]]))
print('tuple', case(lambda k: (k[0], k[1], k[2], k[3])))
print('str dict', case(lambda k: {'a': k[0], 'b': k[1], 'c': k[2], 'd': k[3]}))
print('general dict', case(lambda k: {k[0]: k[1], k[2]: k[3]}))

def inst(k):
    n = Node()
    n.w = k[0]; n.x = k[1]; n.y = k[2]; n.z = k[3]
    return n
print('instance', case(inst))

def inst_unordered(k):
    n = Node()
    n.z = k[3]; n.w = k[0]; n.y = k[2]; n.x = k[1]
    return n
print('instance, other order', case(inst_unordered))

def inst_dict(k):
    n = inst(k)
    n.__dict__['v'] = k[0]
    return n
print('instance with __dict__', case(inst_dict))
