
# --- fault and mmap context: which functions run as (or for) a handler ------
# A function is in fault context when a vm_operations_struct names it in a
# fault slot, when it takes a struct vm_fault *, or when it is a static
# helper whose every caller is in fault context and nothing else refers to
# it (no other slot, no function pointer).  Likewise for ->mmap, from the
# mmap slots of any ops struct.

class _Calls:
    def __init__(self):
        self.fault = set()
        self.mmap = set()
        self.other = set()   # named by some other initializer slot
        self.vmf = set()     # takes a struct vm_fault *
        self.static = set()
        self.callers = {}    # callee -> set of callers

_CALLS = {}

def _calls(p):
    return _CALLS.setdefault(canon_file(p), _Calls())

def fault_slot(slot, fn, p, vmops):
    c = _calls(p)
    if vmops and slot in CAT['slot']:
        c.fault.add(fn)
    elif slot in CAT['mmapslot']:
        c.mmap.add(fn)
    else:
        c.other.add(fn)

def fault_vmf_param(fn, p):
    _calls(p).vmf.add(fn)

def fault_static(fn, p):
    _calls(p).static.add(fn)

def fault_call(fn, p):
    caller = p[0].current_element
    if caller != fn:
        _calls(p).callers.setdefault(fn, set()).add(caller)

def _in_ctx(c, roots, fn, path, memo):
    """fn is a root, or a static helper all of whose callers are in
    context; path breaks call cycles, memo shares answers between paths."""
    if fn in roots:
        return True
    if fn in path or fn not in c.static or fn in c.other:
        return False
    if fn not in memo:
        path.add(fn)
        callers = c.callers.get(fn)
        memo[fn] = bool(callers) and all(_in_ctx(c, roots, f, path, memo)
                                         for f in callers)
        path.discard(fn)
    return memo[fn]

def in_fault(p):
    c = _calls(p)
    return _in_ctx(c, c.fault | c.vmf, p[0].current_element, set(), {})

def in_mmap(p):
    c = _calls(p)
    return _in_ctx(c, c.mmap, p[0].current_element, set(), {})

def fault_switch_maps(s, ret):
    """s is switch (ret) { ... } whose every case only returns
    VM_FAULT_NOPAGE or one of the errmap codes, with a default that
    returns: the mapping vmf_insert_*() makes itself, so the switch can go.
    0 and -EBUSY, where listed, must give VM_FAULT_NOPAGE, as they do in
    vmf_insert_*()."""
    t = norm(s)
    m = re.match(r'^switch\(%s\)\{(.*)\}$' % re.escape(str(ret)), t)
    if not m:
        return False
    ok = set(CAT['errmap']) | {'VM_FAULT_NOPAGE'}
    body, labels, seen_default = m.group(1), [], False
    while body:
        c = re.match(r'^(case(-?\w+)|default):', body)
        if c:
            labels.append(c.group(2) if c.group(2) else 'default')
            body = body[c.end():]
            continue
        r = re.match(r'^return(\w+);', body)
        if not r or not labels or r.group(1) not in ok:
            return False
        if any(l in ('0', '-EBUSY') for l in labels) and \
           r.group(1) != 'VM_FAULT_NOPAGE':
            return False
        seen_default = seen_default or 'default' in labels
        labels = []
        body = body[r.end():]
    return seen_default and not labels

_FIXABLE = set()

def fault_fixable(fn, p):
    """The insert fn in the function of p is to be replaced."""
    _FIXABLE.add((canon_file(p), p[0].current_element, str(fn)))

def fault_is_fixable(fn, p):
    return (canon_file(p), p[0].current_element, str(fn)) in _FIXABLE

def fault_switch_ends(q):
    """The switch after the call at q ends its function: no dead code
    after it would be left behind a return."""
    try:
        with open(q[0].file, errors='replace') as f:
            lines = f.read().split('\n')
    except OSError:
        return False
    t = '\n'.join(lines[int(q[0].line) - 1:])
    i = t.find('switch')
    if i < 0:
        return False
    d, j = 0, t.find('{', i)
    if j < 0:
        return False
    while j < len(t):
        d += {'{': 1, '}': -1}.get(t[j], 0)
        if d == 0:
            break
        j += 1
    rest = re.sub(r'/\*.*?\*/|//[^\n]*', '', t[j + 1:], flags=re.S)
    return rest.lstrip().startswith('}')
