"""PageReads: which pages read which articles, the index that decides which pages are fingerprinted again."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.rebuild import FEW_ARTICLES, PageReads

# A page reads some articles (repeats allowed: reads are kept as met), or every article (None).
pages = st.lists(st.one_of(st.none(), st.lists(st.integers(0, 300), max_size=12)), max_size=40)


def reads_of(listed: list[list[int] | None]) -> PageReads:
    reads = PageReads()
    for numbers in listed:
        reads.add(numbers)
    return reads


def expected(listed: list[list[int] | None], changed: set[int]) -> list[int]:
    return [page for page, numbers in enumerate(listed) if numbers is None or changed & set(numbers)]


# Few changed articles are searched for one by one, many by a pass over every page: both are checked.
@given(pages, st.sets(st.integers(0, 300), max_size=FEW_ARTICLES * 3))
def test_the_pages_reading_changed_articles_are_exactly_those(listed, changed):
    assert reads_of(listed).pages_reading(changed) == expected(listed, changed)


@given(pages, pages, st.sets(st.integers(0, 300), max_size=FEW_ARTICLES * 3))
def test_two_halves_joined_read_as_the_whole(first, second, changed):
    """The forked half's reads are appended to the parent's (parallel fingerprinting)."""
    joined = reads_of(first)
    joined.extend(reads_of(second))
    assert joined.pages_reading(changed) == expected(first + second, changed)


def test_an_article_number_split_across_two_entries_is_not_taken_for_it():
    """The search runs over the array's bytes: a match must start at an entry, not straddle two."""
    # 0x00010000 and 0x00000001 side by side hold the bytes of 0x00000100 (=256) across them.
    reads = reads_of([[0x10000], [1]])
    assert reads.pages_reading({256}) == []
    assert reads.pages_reading({1}) == [1]
