# micrograd 0.1.0's demo set-up and training loop, run once to record lesson 7's reference.
# Needs micrograd==0.1.0, numpy and scikit-learn in a throwaway Python environment.
# `python3 micrograd_reference.py nogc run1.json` (garbage collector off) writes the loss
# and accuracy of every step, the node count of one step's graph, the seconds taken and
# the final parameters. The course never runs it: gen.py turns its output into Rust.
import gc, json, os, random, sys, time
import numpy as np
from sklearn.datasets import make_moons
from micrograd.engine import Value
from micrograd.nn import MLP

np.random.seed(1337)
random.seed(1337)
X, y = make_moons(n_samples=100, noise=0.1)
y = y * 2 - 1
model = MLP(2, [16, 16, 1])

shared = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'micrograd-moons.json')))
assert X.tolist() == shared['X'], 'X differs from the shared data'
assert y.tolist() == shared['y'], 'y differs'
assert [p.data for p in model.parameters()] == shared['init'], 'init differs'

def loss():
    inputs = [list(map(Value, xrow)) for xrow in X]
    scores = list(map(model, inputs))
    losses = [(1 + -yi * scorei).relu() for yi, scorei in zip(y, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    alpha = 1e-4
    reg_loss = alpha * sum((p * p for p in model.parameters()))
    total_loss = data_loss + reg_loss
    accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
    return total_loss, sum(accuracy) / len(accuracy)

def count(root):
    seen, stack = set(), [root]
    while stack:
        v = stack.pop()
        if id(v) in seen: continue
        seen.add(id(v)); stack.extend(v._prev)
    return len(seen)

if len(sys.argv) > 1 and sys.argv[1] == 'nogc':
    gc.disable()
steps = []
start = time.perf_counter()
for k in range(100):
    total_loss, acc = loss()
    if k == 0:
        nodes = count(total_loss)
    model.zero_grad()
    total_loss.backward()
    learning_rate = 1.0 - 0.9 * k / 100
    for p in model.parameters():
        p.data -= learning_rate * p.grad
    steps.append((k, total_loss.data, acc))
elapsed = time.perf_counter() - start
json.dump({'steps': steps, 'nodes_step0': nodes, 'seconds': elapsed,
           'final_params': [p.data for p in model.parameters()]}, open(sys.argv[2], 'w'))
print(nodes, elapsed, steps[0], steps[-1])
