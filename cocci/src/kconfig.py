
# --- kconfig: under which CONFIG symbols a file is built ---------------------
# Enough of kbuild to answer "is this file only ever built for a platform
# without X?": the obj-$(CONFIG_FOO) line that names it (directly or as part
# of a composite object), the same for each directory above it, and the
# "depends on" of each such symbol in the Kconfig files along the way.

_MK = {}

def _makefile(d):
    if d not in _MK:
        text = _read_text(os.path.join(d, 'Makefile')) or _read_text(os.path.join(d, 'Kbuild'))
        rules = []
        for line in text.replace('\\\n', ' ').split('\n'):
            m = re.match(r'^\s*([\w-]+)-(\$\(CONFIG_(\w+)\)|y|objs)\s*[:+]?=\s*(.*)$', line)
            if m:
                rules.append((m.group(1), m.group(3), m.group(4).split()))
        _MK[d] = rules
    return _MK[d]

def _objs_guard(d, obj, seen):
    """CONFIG symbols guarding obj (an object or a subdirectory) in d.
    Each line naming it is one way to build it, so only what all of them
    need is needed; obj-y needs nothing, a composite needs its parent."""
    need = None
    for target, sym, objs in _makefile(d):
        if obj not in objs:
            continue
        if target == 'obj':
            way = set([sym]) if sym else set()
        elif target + '.o' not in seen:	# composite: foo-y += obj
            seen.add(target + '.o')
            way = _objs_guard(d, target + '.o', seen)
        else:
            continue
        need = way if need is None else need & way
    return need or set()

_KCONFIG = {}

def _conjuncts(expr):
    """The symbols a Kconfig expression requires: the bare terms of a pure
    && chain; an expression with || or ! requires nothing for sure."""
    terms = [t.strip().strip('()').strip() for t in expr.split('&&')]
    if any(not re.match(r'^[A-Z][A-Z0-9_]*$', t) for t in terms):
        return set(t for t in terms if re.match(r'^[A-Z][A-Z0-9_]*$', t)) \
            if '||' not in expr and '!' not in expr else set()
    return set(terms)

def _kconfig_file(path, idx):
    sym = None
    for line in _read_text(path).split('\n'):
        m = re.match(r'^\s*(?:menu)?config\s+(\w+)', line)
        if m:
            sym = m.group(1)
            idx.setdefault(sym, set())
            continue
        m = re.match(r'^\s*depends on\s+([^#]*)', line)
        if m and sym:
            idx[sym].update(_conjuncts(m.group(1)))
        elif re.match(r'^\s*(endmenu|menu|choice|endchoice|if|endif|source)\b',
                      line):
            sym = None

def _kconfig_index(root):
    """config symbol -> symbols its "depends on" requires, over every
    Kconfig file of the tree.  Built on first use only: most files never
    need it."""
    if root not in _KCONFIG:
        idx = {}
        for d, dirs, files in os.walk(root):
            dirs[:] = [x for x in dirs if not x.startswith('.')]
            for fn in files:
                if fn.startswith('Kconfig'):
                    _kconfig_file(os.path.join(d, fn), idx)
        _KCONFIG[root] = idx
    return _KCONFIG[root]

def kconfig_guards(path, root):
    """The CONFIG symbols (and what they depend on, three levels down) that
    must all be set for path, in the tree at root, to be built; empty when
    unknown."""
    d, base = os.path.split(path)
    guards = _objs_guard(d, os.path.splitext(base)[0] + '.o', set())
    local = {}
    while True:
        for fn in os.listdir(d) if os.path.isdir(d) else []:
            if fn.startswith('Kconfig'):
                _kconfig_file(os.path.join(d, fn), local)
        up = os.path.dirname(d)
        if d == root or up == d or os.path.exists(os.path.join(d, 'MAINTAINERS')):
            break
        guards |= _objs_guard(up, os.path.basename(d) + '/', set())
        d = up
    idx = local
    for _ in range(3):
        if idx is local and any(g not in local for g in guards):
            idx = dict(_kconfig_index(root), **local)	# then the whole tree
        guards = guards | set(x for g in guards for x in idx.get(g, ()))
    return guards

def built_without(feature, p):
    """Whether the file at p is only ever built under a Kconfig symbol whose
    platforms never have feature (catalogue kind nofeature)."""
    syms = {s for s, f in CAT['nofeature'].items() if f[0] == feature}
    root = os.path.abspath(ERA.get('.tree') or os.environ.get('srctree') or '.')
    return bool(syms & kconfig_guards(os.path.abspath(p[0].file), root))
