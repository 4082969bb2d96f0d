import os
import re
import sys

@@CATALOG@@

# --- era: which APIs the tree has -------------------------------------------
# The pagelint driver hands over the answer of tools/era in $PAGELINT_ERA; run
# by the kernel coccicheck, look at the headers of $srctree instead.
def _vnum(v):
    if v in ('-', '', 'unknown'):
        return 1 << 30
    a = (v.split('.') + ['0'])[:2]
    return int(a[0]) * 1000 + int(a[1])

def _since(name):
    for kind, col in (('acquire', 4), ('release', 3), ('mapall', 1),
                      ('valloc', 3), ('feature', 1), ('archfeature', 1)):
        if name in CAT[kind]:
            return CAT[kind][name][col - 1]
    for errno, f in CAT['insert'].items():
        if name == f[0]:
            return f[1]
    return '-'

def _until(name):
    """The release that removed name, '-' while it is still there."""
    for kind, col in (('acquire', 5), ('release', 4)):
        if name in CAT[kind]:
            return CAT[kind][name][col - 1]
    if name in CAT['insert']:
        return CAT['insert'][name][2]
    return '-'

def _read_text(path):
    try:
        with open(path, errors='replace') as f:
            return f.read()
    except OSError:
        return ''

def _uncomment(s):
    return re.sub(r'//[^\n]*', '', re.sub(r'/\*.*?\*/', '', s, flags=re.S))

def _load_era():
    era = {}
    path = os.environ.get('PAGELINT_ERA')
    if path:
        with open(path) as f:
            for l in f:
                w = l.split()
                if len(w) == 2 and w[0] in ('have', 'lack'):
                    era[w[1]] = w[0] == 'have'
                elif len(w) == 2 and w[0] in ('version', 'tree'):
                    era['.' + w[0]] = w[1]
        era['.from'] = path
        return era
    root = os.environ.get('srctree') or '.'
    hdrs = os.path.join(root, 'include', 'linux')
    names = set()
    for kind in CAT:
        if kind in ('acquire', 'release', 'insert', 'mapall', 'valloc'):
            names.update(CAT[kind])
    names.update(f[0] for f in CAT['insert'].values())
    if os.path.isdir(hdrs):
        word = re.compile(r'\b(' + '|'.join(sorted(names)) + r')\b')
        seen = set()
        for d, _, files in os.walk(hdrs):
            for fn in files:
                seen.update(word.findall(_uncomment(
                    _read_text(os.path.join(d, fn)))))
        for n in names:
            era[n] = n in seen
        for n, (since, sym) in CAT['archfeature'].items():
            sel = re.compile(r'^\s*select ' + sym + r'\b', re.M)
            arch = os.path.join(root, 'arch')
            for a in sorted(os.listdir(arch)) if os.path.isdir(arch) else []:
                if not os.path.isdir(os.path.join(arch, a)):
                    continue
                era['%s:%s' % (n, a)] = any(
                    sel.search(_read_text(os.path.join(d, fn)))
                    for d, _, files in os.walk(os.path.join(arch, a))
                    for fn in files if fn.startswith('Kconfig'))
        for n, (since, fn, rx) in CAT['feature'].items():
            try:
                with open(os.path.join(root, fn), errors='replace') as f:
                    era[n] = re.search(rx, f.read(), re.M) is not None
            except OSError:
                era[n] = True
        era['.from'] = hdrs
        m = re.search(r'^VERSION *= *(\d+)\s*\nPATCHLEVEL *= *(\d+)',
                      _read_text(os.path.join(root, 'Makefile')), re.M)
        if m:
            era['.version'] = '%s.%s' % m.groups()
    else:
        # No tree to look at: assume the current API, and say so.
        for n in names:
            era[n] = _until(n) == '-'
        for n in CAT['feature']:
            era[n] = True
        era['.from'] = 'assumed current kernel (no tree at %s)' % root
    sys.stderr.write('pagelint: era from %s\n' % era['.from'])
    return era

ERA = _load_era()

def acq_pos(fn, which):
    """The 1-based position of the pages ('pages') or user address ('addr')
    argument of acquire fn in this tree.  The catalogue gives the current
    position, then older ones as POS<RELEASE: "5/6<5.9" is 5, but 6 in
    trees before v5.9."""
    spec = CAT['acquire'][fn][1 if which == 'pages' else 2].split('/')
    pos = int(spec[0])
    ver = _vnum(ERA.get('.version', '-'))
    for old in spec[1:]:
        n, before = old.split('<')
        if ver < _vnum(before):
            pos = int(n)
    return pos

def have(name):
    """Whether the tree has name (lib/say.c: pl_has)."""
    return bool(name) and ERA.get(name, True)

def arch_has(feature, path):
    """For a file under arch/ARCH/, whether ARCH has the feature; elsewhere,
    or when the tree says nothing about ARCH, assume it may."""
    m = re.match(r'^(?:.*/)?arch/([^/]+)/', path)
    if not m:
        return True
    return ERA.get('%s:%s' % (feature, m.group(1)), True)

# --- expressions ------------------------------------------------------------
def norm(e):
    """Coccinelle hands expressions over token by token; glue them back."""
    return re.sub(r'\s+', '', str(e))

def strip_to_base(e):
    """The object an address, page or page array expression is rooted in:
    &x -> x, x[i] -> x, x + i -> x, (T *)x -> x, page_folio(x) -> x."""
    s = norm(e)
    while True:
        t = s
        # a cast is followed by its operand, never by [i] or ->f:
        # (pages)[i] is the array pages
        m = re.match(r'^\((?:const)?(?:struct)?\w+\**\)([\w(&*].*)$', s)
        if m:
            s = m.group(1)
        m = re.match(r'^(?:page_folio|virt_to_page)\((.*)\)$', s)
        if m:
            s = m.group(1)
        # nth_page(p, n) is page arithmetic on p, as p + n is
        m = re.match(r'^nth_page\((.*),[^,]*\)$', s)
        if m and _balanced(m.group(1)):
            s = m.group(1)
        if s.startswith('&'):
            s = s[1:]
        # *pages++ reads the array pages, as pages[i] does
        m = re.match(r'^\*(\w+)(?:\+\+|--)?$', s)
        if m:
            s = m.group(1)
        if s.startswith('(') and s.endswith(')') and _balanced(s[1:-1]):
            s = s[1:-1]
        s = _drop_top(s, '+')
        s = _drop_top(s, '-', arrow_ok=True)
        while s.endswith(']'):
            d = 0
            for i in range(len(s) - 1, -1, -1):
                d += {']': 1, '[': -1}.get(s[i], 0)
                if d == 0:
                    break
            s = s[:i]
        if s == t:
            return s

def _balanced(s):
    d = 0
    for c in s:
        d += {'(': 1, ')': -1, '[': 1, ']': -1}.get(c, 0)
        if d < 0:
            return False
    return d == 0

def _drop_top(s, op, arrow_ok=False):
    """Cut s at the first top-level binary op."""
    d = 0
    for i, c in enumerate(s):
        d += {'(': 1, ')': -1, '[': 1, ']': -1}.get(c, 0)
        if d == 0 and c == op and i > 0:
            if arrow_ok and s[i:i + 2] == '->':
                continue
            return s[:i]
    return s

def uncast(s):
    """s (normalized) without the casts and parentheses around it, and
    whether one of the casts was to a pointer type."""
    ptr = False
    while True:
        m = re.match(r'^\(\w+(\**)\)([\w(&*].*)$', s)
        if m:
            ptr = ptr or m.group(1) != ''
            s = m.group(2)
        elif s.startswith('(') and s.endswith(')') and _balanced(s[1:-1]):
            s = s[1:-1]
        else:
            return s, ptr

def key_of(e, func):
    """A name for the object e is rooted in: a struct field is the same
    object in every function of the file, a plain name only in its own."""
    s = strip_to_base(e)
    m = re.match(r'^.*(?:->|\.)(\w+)$', s)
    if m:
        return 'F:' + m.group(1)
    if re.match(r'^[A-Za-z_]\w*$', s):
        return 'L:%s:%s' % (func, s)
    return None

def where(p):
    return int(p[0].line)

def _ppos(p):
    return (canon_file(p), p[0].line, p[0].column)

def canon_file(p):
    """The file a position is in.  After a rule has modified a file,
    Coccinelle hands later rules a temporary copy of it: name the original."""
    name = p[0].file
    m = re.match(r'^(?:.*/)?cocci_small_output-\d+-[0-9a-f]+-(.*)$', name)
    if m:
        for seen in reversed(_SEEN_FILES):
            if os.path.basename(seen) == m.group(1):
                return seen
    elif name not in _SEEN_FILES:
        _SEEN_FILES.append(name)
    return name

_SEEN_FILES = []

@@INCLUDE say.py@@

# --- output -----------------------------------------------------------------
_printed = set()
_LINES = {}

def display_column(p):
    """The 1-based display column of p, tabs to 8, as GCC and sparse count:
    Coccinelle gives a 0-based character offset."""
    name = p[0].file
    if name not in _LINES:
        try:
            with open(name, errors='replace') as f:
                _LINES[name] = f.read().split('\n')
        except OSError:
            _LINES[name] = []
    lines = _LINES[name]
    n, col = int(p[0].line), int(p[0].column)
    text = lines[n - 1][:col] if 0 < n <= len(lines) else ' ' * col
    d = 0
    for c in text:
        d = d - d % 8 + 8 if c == '\t' else d + 1
    return d + 1

def emit(mode, p, rule, msg):
    at = (p[0].file, p[0].line, p[0].column, rule)
    if at in _printed:
        return
    _printed.add(at)
    if mode == 'org':
        import coccilib.org
        coccilib.org.print_todo(p[0], '[%s] %s' % (rule, msg))
    else:
        print('%s:%s:%d: warning: %s [%s]' % (p[0].file, p[0].line,
                                               display_column(p), msg, rule))
