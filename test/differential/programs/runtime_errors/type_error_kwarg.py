# TypeError: unexpected keyword argument
def greet(name):
    return 'hi ' + name
print(greet(name='x'))
greet(nme='y')
