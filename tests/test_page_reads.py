"""PageReads: which pages read which articles, the index that decides which pages are fingerprinted again."""
from __future__ import annotations

from array import array

from hypothesis import given
from hypothesis import strategies as st

from generator.rebuild import PageReads, _runs_holding

ARTICLES = st.integers(0, 300)
# Groups (shared values: a month, a pager) of articles, numbered from 0 as Fingerprints numbers them.
GROUPS = st.lists(st.lists(ARTICLES, max_size=15), min_size=1, max_size=10)


@st.composite
def sites(draw):
    """(groups, pages): a page reads articles itself and groups (repeats allowed, as met), or every article (None)."""
    groups = draw(GROUPS)
    page = st.tuples(st.lists(ARTICLES, max_size=12), st.lists(st.integers(0, len(groups) - 1), max_size=4))
    return groups, draw(st.lists(st.one_of(st.none(), page), max_size=40))


def reads_of(groups, pages) -> PageReads:
    reads = PageReads()
    for page in pages:
        reads.add(page, lambda number: array("I", groups[number]))
    return reads


def expected(groups, pages, changed: set[int]) -> list[int]:
    def read(page):
        numbers, refs = page
        return set(numbers).union(*(groups[ref] for ref in refs))

    return [number for number, page in enumerate(pages) if page is None or changed & read(page)]


CHANGED = st.sets(ARTICLES, max_size=60)  # few: each searched for; many: one pass over every page


@given(sites(), CHANGED)
def test_the_pages_reading_changed_articles_are_exactly_those(site, changed):
    groups, pages = site
    assert reads_of(groups, pages).pages_reading(changed) == expected(groups, pages, changed)


@given(sites(), sites(), CHANGED)
def test_two_halves_joined_read_as_the_whole(first, second, changed):
    """The forked half's reads (with its own groups) are appended to the parent's (parallel fingerprinting)."""
    joined = reads_of(*first)
    joined.extend(reads_of(*second))
    assert joined.pages_reading(changed) == expected(*first, changed) + [
        number + len(first[1]) for number in expected(*second, changed)
    ]


@given(st.lists(st.lists(ARTICLES, max_size=12), max_size=40), CHANGED)
def test_both_ways_of_finding_runs_agree_with_a_plain_look(runs, wanted):
    values = array("I", [value for run in runs for value in run])
    ends, end = array("I"), 0
    for run in runs:
        end += len(run)
        ends.append(end)
    assert _runs_holding(values, ends, wanted) == {number for number, run in enumerate(runs) if wanted & set(run)}


def test_an_article_number_split_across_two_entries_is_not_taken_for_it():
    """The search runs over the array's bytes: a match must start at an entry, not straddle two."""
    # 0x00010000 and 0x00000001 side by side hold the bytes of 0x00000100 (=256) across them.
    reads = reads_of([[0]], [([0x10000], []), ([1], [])])
    assert reads.pages_reading({256}) == []
    assert reads.pages_reading({1}) == [1]
