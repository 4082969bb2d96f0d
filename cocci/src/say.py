
# --- the shared layer: decisions and finding texts --------------------------
# The same interpreter as lib/say.c, over the same catalogue and texts
# (catalog/pagelint.msg); tests/say-test holds the two to the same answers.
def since(name):
    """The release that brought name, spelled v5.6; empty when unknown."""
    v = _since(name)
    return '' if v == '-' else 'v' + v

def release_for(cls, form):
    if form == 'folio':
        form = 'page'
    for name, r in CAT['release'].items():
        if r[0] == cls and r[1] == form and have(name):
            return name
    return None

def want(cls):
    """The release class the tree wants for pages of class cls."""
    for c, rcls, when in WANT:
        if c == cls and (when == '-' or release_for(when, 'page')):
            return rcls
    return None

_NOTIFIER = re.compile(r'\b(%s)\b' % '|'.join(
    r[0] for r in CATL['notifier']))
_NOTIFIED = {}

def follows_notifiers(path):
    """The file names the MMU notifier API (lib/say.c:
    pl_follows_notifiers): gup-dma has nothing to say there."""
    if path not in _NOTIFIED:
        try:
            with open(path, errors='replace') as f:
                _NOTIFIED[path] = bool(_NOTIFIER.search(f.read()))
        except OSError:
            _NOTIFIED[path] = False
    return _NOTIFIED[path]

def _nth_mapall(n):
    names = list(CAT['mapall'])
    return names[n] if n < len(names) else ''

def _yes(b):
    return 'yes' if b else 'no'

def _derive(s, name):
    get = lambda n: _slot(s, n)
    if name == 'twin':
        return CAT['twin'].get(get('acq'), ('',))[0]
    if name == 'have_twin':
        return _yes(have(get('twin')))
    if name == 'twin_since':
        return since(get('twin'))
    if name == 'want':
        return want(get('cls')) or ''
    if name == 'rel_ok':
        r = CAT['release'].get(get('rel'))
        return _yes(r is not None and r[0] == get('want'))
    if name == 'fix':
        r = CAT['release'].get(get('rel'))
        return (release_for(get('want'), r[1]) if r else None) or ''
    if name == 'access':
        if get('sink') in CAT['longterm']:
            return 'longterm'
        r = CAT['dma'].get(get('sink'))
        return r[2] if r and len(r) > 2 else 'device'
    if name == 'unpin':
        return release_for('pin', 'page') or ''
    if name == 'unpins':
        return release_for('pin', 'array') or ''
    if name == 'vmf':
        return CAT['insert'].get(get('ins'), ('',))[0]
    if name == 'have_vmf':
        return _yes(have(get('vmf')))
    if name == 'vmf_since':
        return since(get('vmf'))
    if name == 'map_pages':
        return _nth_mapall(0)
    if name == 'map_pages_zero':
        return _nth_mapall(1)
    if name == 'have_map_pages':
        return _yes(have(get('map_pages')))
    if name == 'implied':
        return _yes(have('vmalloc_implies_highmem'))
    if name == 'implied_since':
        return since('vmalloc_implies_highmem')
    if name == 'vmap_since':
        return since('vmap_stack')
    return ''

def _slot(s, name):
    if name not in s:
        s[name] = _derive(s, name)
    return s[name]

def _holds(s, when):
    if when == '-':
        return True
    for c in when.split(','):
        if '=' not in c:
            return False
        k, v = c.split('=', 1)
        neg = k.endswith('!')
        if (_slot(s, k.rstrip('!')) in v.split('|')) == neg:
            return False
    return True

def say(tid, **slots):
    """The text of a finding, or None when, in this tree, it is none."""
    s = dict((k, '' if v is None else str(v)) for k, v in slots.items())
    for t, when, text in TEXTS:
        if t == tid and _holds(s, when):
            if text == '!':
                return None
            return re.sub(r'\{(\w+)\}', lambda m: _slot(s, m.group(1)), text)
    return None
