"""Regex for 'a word token NOT in a given set' (Rust regex has no lookaround)."""
import re

def _trie(words):
    root = {}
    for w in words:
        n = root
        for c in w:
            n = n.setdefault(c, {})
        n['$'] = True
    return root

def not_in(words, tail=r"(?:-[a-z0-9]+|'s)*"):
    """A token: [a-z0-9]+ not in `words`, then `tail` (hyphenated parts, 's).
    Tokens such as don't / n'est are thus never accepted."""
    words = sorted(set(words))
    for w in words:
        assert re.fullmatch(r"[a-z0-9]+", w), w
    root = _trie(words)
    def rec(node, depth):
        kids = sorted(k for k in node if k != '$')
        alts = ["[" + ("^" + "".join(kids) + "\\W_A-Z" if kids else "a-z0-9") + "][a-z0-9]*"]
        if kids:
            alts[0] = "[a-z0-9&&[^" + "".join(kids) + "]][a-z0-9]*"
        for k in kids:
            alts.append(k + rec(node[k], depth + 1))
        inner = "(?:" + "|".join(alts) + ")"
        may_end = depth > 0 and '$' not in node
        return inner + ("?" if may_end else "")
    return rec(root, 0) + tail

if __name__ == "__main__":
    r = not_in(["not", "no", "never"])
    print(r)

def asciify(rx):
    """Make word classes and boundaries ASCII-only, so the lazy DFA of the
    regex crate never has to fall back to the slow engines on non-ASCII text
    (normalized documents are lower-case, accent-free)."""
    out = []
    i = 0
    depth = 0
    while i < len(rx):
        c = rx[i]
        if c == '\\' and i + 1 < len(rx):
            e = rx[i + 1]
            if e == 'w':
                out.append('a-z0-9_' if depth else '[a-z0-9_]')
            elif e == 'b' and not depth:
                out.append('(?-u:\\b)')
            else:
                out.append(c + e)
            i += 2
            continue
        if c == '[':
            depth += 1
        elif c == ']' and depth:
            depth -= 1
        out.append(c)
        i += 1
    return ''.join(out)
