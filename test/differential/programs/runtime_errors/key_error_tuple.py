# KeyError with a tuple key and an int key in a nested lookup
grid = {(0, 0): 'origin'}
print(grid[(0, 0)])
print((1, 2) in grid, grid.get((1, 2), 'default'))
print(grid[(1, 2)])
