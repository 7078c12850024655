# SyntaxError: expected ':' after a class header
class C
    pass
