# objects that survive an automatic generation-0 collection move to generation 1 (get_objects(1))
import gc
class Mark:
    pass
gc.collect()
gc.set_threshold(20)
keep = [Mark() for i in range(30)]
gc.set_threshold(700, 10, 10)
young = sum(1 for o in gc.get_objects(0) if type(o) is Mark)
older = sum(1 for o in gc.get_objects(1) if type(o) is Mark) + sum(1 for o in gc.get_objects(2) if type(o) is Mark)
print(young + older, older > 0)
gc.collect()
print(sum(1 for o in gc.get_objects(2) if type(o) is Mark))
