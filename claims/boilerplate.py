"""Where the article ends in plain scraped text.

Scraped text often keeps the page's tail: "Tin liên quan", "Tin cùng chuyên mục",
comment boxes ("BÌNH LUẬN", "Bạn còn 500/500 ký tự"), view counters. Numbers there
describe other articles or the page itself and must never become claims.
"""
from __future__ import annotations

import re

# A line that consists of one of these opens the page tail.
_TAIL_MARKERS = re.compile(
    r"^\s*(?:tin liên quan|tin cùng chuyên mục|tin cùng chủ đề|tin mới|tin mới nhất|tin khác|"
    r"các tin khác|bài liên quan|bài viết liên quan|tin bài liên quan|xem thêm|đọc thêm|"
    r"tin đọc nhiều|đọc nhiều nhất|tin nổi bật|có thể bạn quan tâm|bạn có thể quan tâm|"
    r"bình luận|ý kiến bạn đọc|gửi bình luận|viết bình luận|gửi ý kiến|chia sẻ bài viết|"
    r"từ khóa|tags?|chủ đề|cùng chuyên mục|tin tức liên quan|tin liên quan khác)\s*:?\s*$",
    re.IGNORECASE,
)
# Single lines of page furniture that can sit anywhere.
_FURNITURE = re.compile(
    r"^\s*(?:lượt xem|lượt đọc|số lượt xem|tác giả|nguồn\s*:|bạn còn \d+/\d+ ký tự|"
    r"bạn vui lòng|ảnh\s*:|in bài|chia sẻ|sao chép liên kết|quay lại|về đầu trang|"
    r"\d+\s*bình luận|\(\d+\)\s*$|"
    # a link to another article inside the body: ">> Xem thêm: ...", "Đọc thêm: ..."
    r">>|»|(?:xem thêm|đọc thêm|tin liên quan|xem tiếp)\s*:)",
    re.IGNORECASE,
)


def excluded_spans(text: str) -> tuple[int, list[tuple[int, int]]]:
    """(article_end, furniture line spans) for normalized plain text."""
    end = len(text)
    furniture = []
    pos = 0
    for line in text.split("\n"):
        line_end = pos + len(line)
        if _TAIL_MARKERS.match(line) and pos > len(text) * 0.25:
            end = pos
            break
        if _FURNITURE.match(line):
            furniture.append((pos, line_end))
        pos = line_end + 1
    return end, furniture
