# an uncaught ValueError from gc.collect(3)
import gc
gc.collect(3)
