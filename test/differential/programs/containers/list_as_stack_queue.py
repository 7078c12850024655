# lists used as stacks and queues; balanced bracket checker; matrix transpose
stack = []
for c in 'abc':
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ['()', '([]{})', '(]', '((', '', 'a(b)c']])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)])
