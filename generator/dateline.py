"""The dateline a news item's text opens with: where the importer finds a lead, and what a summary leaves out."""
from __future__ import annotations

import re

# `本报讯`, or with where or when the item was filed: `本报郑州讯`, `本报4月21日讯`, `本报郑州4月21日讯`
# (`\d` reads full-width digits too); the district's own, `管城讯`, `管城区讯`, `管城回族区讯`; not `本报通讯员` (a
# byline's role) nor a column's `本报热线资讯`, `本报社区简讯`, `管城快讯`.
DATELINE = re.compile(r"(?:本报|管城(?:回族)?区?)(?:[\u4e00-\u9fff]{2,4}?)?(?:\d{1,2}月\d{1,2}日)?(?<![通资简快喜])讯(?!员)")
