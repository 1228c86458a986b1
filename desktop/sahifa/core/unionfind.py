"""Union-find (disjoint sets) over the integers 0 … n-1: the one implementation, shared by the entity
canonicaliser (``sahifa.nlp.entities_canon``) and the figure linking (``sahifa.core.facts``).

The root of a set is always its smallest member (``union`` hangs the larger root under the smaller), so
results never depend on the order of the unions. Compiled by mypyc with the rule engine (setup.py).
"""

from __future__ import annotations

__all__ = ["UnionFind"]


class UnionFind:
    """Disjoint sets of 0 … n-1, with path halving."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
