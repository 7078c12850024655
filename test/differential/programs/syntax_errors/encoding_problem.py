# a coding declaration naming no codec is an encoding problem, before anything runs
# -*- coding: foobar -*-
print("not printed")
