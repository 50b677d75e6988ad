"""Figure mentions: numbers that could be claims, with their unit and shape.

A mention is one stated figure (``89,5%``, ``1.542/1.562``, ``thứ 52/63``,
``50-58%``, ``89%/85%``) after years, dates, times, document numbers, versions,
durations and changes have been set aside.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.geo import NAME_NUMBER, NUMBERED_UNITS
from claims.normalize import UPPER_CLASS
from claims.numbers import (SCALE_WORDS, RawNumber, is_document_number, is_time, is_version,
                            parse_number, raw_numbers, scale_after, scaled)

NUM = r"(\d+(?:[.,]\d+)*)"
_PERCENT = re.compile(r"^\s?(?:%|phần trăm(?!\w))")  # "85 phần trăm": the sign spelled out
_STARS = re.compile(r"\s*sao\b")  # "OCOP 4 sao": a rating
# (the target may carry its label: "58,2%/mục tiêu 50%", "78%/kế hoạch 70%")
_PAIR = re.compile(r"^\s?%\s?/\s?(?:(?:mục tiêu|kế hoạch|chỉ tiêu)\s+)?" + NUM + r"\s?%")
_SMALLER_SCALE_REST = re.compile(r"\s+(\d{1,3})\s+(nghìn|ngàn)(?!\w)")
_PAIR_LABELS = re.compile(r"\s?\(\s*([^()/\d]{2,40}?)\s*/\s*([^()/\d]{2,40}?)\s*\)")
_TARGET_LABEL = re.compile(r"(?<!\w)(?:kế hoạch|kh|mục tiêu|chỉ tiêu)(?!\w)")
_ACTUAL_LABEL = re.compile(r"(?<!\w)(?:thực hiện|th|kết quả|thực tế|ước đạt|đạt được)(?!\w)")
_NATION_LABEL = re.compile(r"(?<!\w)(?:quốc gia|cả nước|toàn quốc|chính phủ|trung ương)(?!\w)")
_RANGE = re.compile(r"^\s?(?:-|–|—|đến|tới)\s?" + NUM + r"(?![\w/])(\s?%)?")
_FRACTION = re.compile(r"^\s?/\s?" + NUM + r"(?![\w/])")
# "50% - 58%", "50% đến 58%": a range with the sign on both ends
_PERCENT_RANGE = re.compile(r"^\s?%\s?(?:-|–|—|đến|tới)\s?" + NUM + r"\s?%")
_OF_TOTAL = re.compile(r"^\s+(?:trong tổng số|trên tổng số|trong số|trên tổng|trên)\s+" + NUM + r"(?![\w/%])")
_INDEX_SCORE = re.compile(r"0[.,]\d{3,4}")
# ("126 thuê bao di động/100 dân", "24,5 thuê bao băng rộng cố định/100 dân": the kind named in between)
_PER_100 = re.compile(r"^\s*(?:thuê bao(?:\s+(?:điện thoại\s+)?(?:di động|băng rộng cố định|băng rộng di động|internet|cố định))?\s*)?"
                      r"(?:/|trên)\s*100\s*(?:dân|người)")
# "số thuê bao di động trên 100 dân đạt 129,5": the density named before a bare number
_PER_100_BEFORE = re.compile(r"(?:/|trên)\s*100\s*(?:dân|người)(?:\s+dân)?(?:\s+(?:(?:của|toàn)\s+(?:tỉnh|thành phố|huyện)(?:\s+[^\W\d]+){0,3}|cả nước|toàn quốc))?\s*(?:(?:đạt|là|ở mức|khoảng|gần|"
                             r"xấp xỉ|ước|ước đạt|hơn)\s*)*:?\s*$")
# "Cứ 100 người dân thì có 125 thuê bao di động": the base first, then the count per it
# ("trên 100 dân có 129 thuê bao di động": the base opening the clause, "per" said as "trên")
_PER_100_LEAD = re.compile(r"(?<!\w)(?:cứ|bình quân|trung bình|trên)\s+(?:mỗi\s+)?100\s+(?:người\s+)?dân(?:\s+số)?\s*,?\s*(?:thì\s+)?"
                           r"(?:có\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
_PER_100_BASE_AFTER = re.compile(r"\s*(?:dân|người)(?!\w)")
_BARE_END = re.compile(r"\s*(?:[,.;)(]|$)|\s+(?:và|so|tăng|giảm|cao|thấp)\b")
_KM = re.compile(r"^\s*(?:km|ki-lô-mét|kilômét|cây số)\b")
# "0,6521 điểm" is a score; "2.340 điểm bán hàng" counts points of sale: "điểm" ends
# the figure (punctuation, or a word that continues the sentence, not the noun).
# "Số điểm chấp nhận thanh toán bằng mã QR đạt trên 18.500 điểm", "28.460 điểm kinh doanh …, trong đó
# thành phố X có 6.120 điểm": "điểm" counts the points named before, no score
_PLACES_COUNTED_BEFORE = re.compile(r"(?:(?<!\w)(?:số|các|có|với)|\d)\s+điểm\s+(?:chấp nhận|bán|kinh doanh|giao dịch|thanh toán|"
                                    r"phục vụ|truy cập|phát|wifi|cung cấp|tiếp nhận|bưu điện)(?!\w)[^.;\d]*$")
_SCORE = re.compile(r"^\s*điểm(?:[ \t]*(?:$|\n|[,.;:)(/\-–])|\s+(?:trên|so|và|xếp|đứng|tăng|giảm|cao|thấp|của|là|đạt|"
                    r"với|năm|trong|thuộc|ở|tại|nằm)\b)")
_MONEY = re.compile(r"^\s*(?:tỷ |tỉ |triệu |nghìn |ngàn )?(?:đồng|usd|vnđ|vnd|\$|euro)\b|^\s*(?:m2|m²|ha|tấn|kg|mw|kw|mbps|gbps|gb|tb)\b")
# "3 trạm BTS mới, ...", "120 doanh nghiệp thành lập mới": a short noun phrase closed by "mới"
# (new ones), at the end of its phrase, before the verb that brought them or what they are for or where
_NEW_ITEMS_AFTER = re.compile(r"\s+[^\W\d][^\d,.;:()%]{0,45}?\s(?<!chợ )mới(?=\s*(?:[,.;:)]|$)|\s+(?:được|đưa|lắp|xây|"
                              r"đầu tư|phát sóng|đi vào|hoàn thành|để|nhằm|tại|trong)\b)")  # ("… mới để xóa lõm sóng",
# "… được thành lập mới trong 9 tháng"; not the district "Chợ Mới")
# "12,4 nghìn thuê bao tăng thêm trong 6 tháng", "… thuê bao phát triển mới": an increment named after its noun;
# "412 trạm BTS được nâng cấp lên 4G": how many were upgraded (in a period), not how many there are
_ADDED_AFTER = re.compile(r"\s+[^\W\d](?:[^\d,.;:()%]|\d(?=g\b)){0,30}?\s(?:tăng thêm|phát triển mới|phát triển thêm|tăng mới|"
                          r"(?:được |đã được |đã )?nâng cấp)(?!\w)")
# "thực tế đã lắp đặt 172 trạm, nâng tổng số trạm lên 2.480 trạm": the increment that raised a total
_RAISING_THE_TOTAL_AFTER = re.compile(r"\s+[^\W\d][^\d.;:()%]{0,40}?,\s*(?:qua đó\s+|từ đó\s+)?(?:nâng|đưa) tổng(?!\w)")
# "95% xã có ít nhất 1 cán bộ phụ trách chuyển đổi số": what each of the units has, not a total
_EACH_UNIT_HAS_BEFORE = re.compile(r"(?:%|mỗi|các|tất cả(?: các)?)\s+(?:xã|phường|thị trấn|thôn|bản|huyện|cơ quan|đơn vị|trường|hộ)"
                                   r"(?:\s*,\s*[^\W\d]+(?: [^\W\d]+)?)*\s+(?:đều\s+)?(?:có|bố trí|cử)\s+(?:ít nhất|tối thiểu|từ)\s+$")
# "VNPT đã lắp đặt 120 trạm BTS trong năm 2023": how many were built in a period (a flow), not how many stand
_BUILT_BEFORE = re.compile(r"(?:lắp đặt|xây dựng|lắp mới|phát triển)(?:\s+(?:mới|thêm|được|hơn|gần|khoảng))*\s+$")
_IN_A_PERIOD_AFTER = re.compile(r"\s+[^\W\d][^\d,.;:()%]{0,30}?\s(?:trong|vào)\s+(?:năm|quý|(?:\d{1,2}\s+)?tháng|"
                                r"giai đoạn|thời gian qua|năm qua)(?!\w)")
# "phủ sóng di động cho 45 bản trắng sóng": villages without signal given it (a flow out of the count, not what
# remains; "kéo cáp quang đến 71/71 xã" names no lack and is a stock)
_COVERING_BEFORE = re.compile(r"(?:phủ sóng|đưa sóng|kéo sóng)(?:\s+(?:di động|điện thoại|3g|4g|5g|mới))*\s+(?:cho|đến|tới|về)"
                              r"(?:\s+(?:thêm|được|hơn|gần|khoảng))*\s+$")
_LACKING_AFTER = re.compile(r"\s+(?:thôn|bản|xóm|ấp|làng|buôn|bon|plei|tổ dân phố|khu dân cư|điểm)[^\d.;:()%]{0,25}?"
                            r"(?:trắng\W{0,3}sóng|lõm sóng|chưa có sóng|vùng lõm|vùng trắng)")
# "63 tỉnh, thành phố", "34 tỉnh thành": every province, named as the field an average or a ranking is over
# (not "63/63 tỉnh đã …", a count of provinces, nor "có 34 tỉnh đạt …")
_ALL_PROVINCES_AFTER = re.compile(r"^\s+tỉnh(?:,? thành(?: phố)?)?(?!\w)(?!\s*(?:đã|đạt|có|đều|được)\b)")
_FIELD_COUNTED_VERBS = ("có", "đạt", "với", "cả", "tất cả")
_DURATION = re.compile(r"^\s+(?:năm|tháng|ngày|giờ|phút|giây|tuần|quý|lần|bậc|tuổi|đợt|kỳ|khóa|nhiệm kỳ|cấp|mức|bước|nhóm|trụ cột|chỉ số)\b")
_RANK_BEFORE = re.compile(r"(?:xếp|đứng|xếp hạng|hạng|vị trí|top)\s+(?:thứ\s+)?$")
_ORDINAL_BEFORE = re.compile(r"\bthứ\s+$")
_RANK_LISTED_BEFORE = re.compile(r"thứ\s*\d{1,2}\s*/\s*(?:63|34)\s*(?:,|và)\s*$")
_REGIONAL_AFTER = re.compile(r"\s*(?:trong\s+|của\s+|so với\s+)?(?:các\s+)?(?:\d+\s+)?(?:tỉnh\s+)?"
                             r"(?:khu vực|vùng|miền|tây nguyên|tây bắc|đông bắc|đồng bằng|duyên hải|đông nam bộ|bắc trung bộ)")
# "xếp thứ hai cả nước", "đứng thứ nhất": a rank in words after a ranking verb ("thứ năm 2023" is no rank)
_WORD_ORDINAL = re.compile(r"thứ (nhất|nhì|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)(?! (?:19|20)\d\d)")
_ORDINAL_VALUE = {"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                  "tám": 8, "chín": 9, "mười": 10}
_NEXT_IN_LIST = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_ORDINAL_OF_ALL = re.compile(r"\s+(?:trong|trên)\s+(?:tổng số\s+)?(\d{2})\s+tỉnh")
_RANK_LAST_WORDS = ("xếp", "đứng", "hạng", "trí", "top", "thứ")
# "Thứ hạng DTI … tăng từ 45 lên 38", "tăng 7 bậc, từ thứ 45 lên thứ 38", "từ 45/63 lên 38/63": both ends of a
# rank's move are ranks
_RANK_MOVE_BEFORE = re.compile(r"(?:thứ hạng|xếp hạng|vị trí|\d bậc)[^.;%]{0,60}?\stừ\s+(?:(?:thứ|vị trí|hạng)\s+)?"
                               r"(?:\d{1,2}(?:\s*/\s*(?:63|34))?\s+(?:lên|xuống)\s+(?:(?:thứ|vị trí|hạng)\s+)?)?$")
# "xếp thứ 2 là Quảng Ninh ...; thứ 3 là Thừa Thiên Huế": the name that holds the place
_RANKED_NAME_AFTER = re.compile(r"\s+(?:là|thuộc về)\s+(?:tỉnh\s+|thành phố\s+)?" + UPPER_CLASS)
# "Chính quyền số xếp thứ 28, Kinh tế số thứ 41": a ranked pillar or index shares the verb
_PILLAR_BEFORE = re.compile(r"(?:chính quyền số|kinh tế số|xã hội số|dti|chỉ số)\s+thứ\s+$")
# "xã Đạ Tẻh 2": the unit word and the capitalised name before a number that ends the name
_NAMED_UNIT_BEFORE = re.compile(r"(?:xã|phường|thị trấn|thôn|bản|ấp|khu phố|xóm|khóm) ((?:[^\W\d_]+ ){1,3})$")
_NUMBERED_UNITS = tuple(unit + " " for unit in NUMBERED_UNITS)  # ("Quận 1", "thôn 3": a numbered unit's name)
# "Bắc Ninh đứng thứ 2 với 0,6153 điểm, Hà Nội thứ 3 với …": the next name shares the ranking verb
_ELIDED_RANK_BEFORE = re.compile(r"(?:xếp|đứng)(?: ở)?(?: vị trí)? thứ [^.;:\n]{1,80}?,\s+((?:[^\W\d]+\s+){1,4})thứ\s+$")


def _shares_ranking_verb(text: str, folded: str, thu_end: int) -> bool:
    """Whether "thứ" ending at ``thu_end`` follows a name (capitalised words) whose clause
    continues a ranking ("…, Hà Nội thứ 3"): the earlier clause's verb is shared."""
    m = _ELIDED_RANK_BEFORE.search(folded, max(0, thu_end - 120), thu_end)
    return m is not None and all(w[0].isupper() for w in text[m.start(1):m.end(1)].split())


_RANKED_ON_AFTER = re.compile(r"\s+về\s+(?:chỉ số|trụ cột|xếp hạng|dti|chuyển đổi số|chính quyền số|kinh tế số|xã hội số)")
_CHANGE_WORDS = ("tăng", "giảm", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "chênh lệch", "gấp", "thêm",
                 "bổ sung", "mới", "xóa", "nâng cấp")  # "đã xóa được 38 thôn trắng sóng": how many were removed (text is tone-folded)
_CHANGE_MODIFIERS = ("thêm", "hơn", "khoảng", "gần", "trên", "xấp xỉ", "tới", "đến", "được", "từ", "là", "bình quân",
                     "trung bình", "ít nhất", "tối thiểu", "toàn bộ", "hết")  # ("xóa ít nhất 40 bản trắng sóng": a goal of removing)
_CHANGE_BEFORE = re.compile(
    # "tăng", "giảm", "thêm" must start a word
    # ("không thấp hơn 70%" bounds a level: a qualifier, no comparison)
    # ("mới" only after a verb of making: "phát triển mới 48.000 thuê bao"; "hiện con số này mới khoảng 9%" is "only")
    r"(?:" + "|".join(rf"\b{w}" if w in ("tăng", "giảm", "thêm", "xóa") else
                      rf"(?<!không ){w}" if w.endswith(" hơn") else
                      r"(?:phát triển|lắp|lắp đặt|xây|xây dựng|cấp|mở|thành lập|đầu tư|tăng|kết nạp|ký) mới" if w == "mới" else
                      w for w in _CHANGE_WORDS) + ")"
    r"(?:\s+(?:" + "|".join(_CHANGE_MODIFIERS) + r"))*\s+$")
# A change phrase ends with one of these words: checked before the regex, which is slower.
_CHANGE_LAST_WORDS = tuple({w.split()[-1] for w in _CHANGE_WORDS + _CHANGE_MODIFIERS})
_SPREAD_OR_INCREASE_RANGE = re.compile(r"(?:dao động|(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|bình quân|trung bình))?\s+[^\d.;,%]{0,60}?)"
                                       r"(?:\s+(?:trong\s+)?(?:khoảng|mức))?\s+từ\s*$")
_SPREAD_RANGE_END = re.compile(r"(?:dao động|(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|bình quân|trung bình))?\s+[^\d.;,%]{0,60}?)"
                               r"(?:\s+(?:trong\s+)?(?:khoảng|mức))?\s+từ\s*\d[\d.,]*\s*%?\s*(?:đến|tới)\s*$")
_RANGE_TO_AFTER = re.compile(r"^\s*%?\s*(?:đến|tới)\s*\d")  # (a hyphenated range "30 - 40%" is one figure, read as such)
_YEAR_ON_YEAR_AFTER = re.compile(r"^\s?%\s+so với\s+(?:cùng kỳ|cùng thời điểm|năm trước|năm \d{4}|tháng|quý)")
_PER_YEAR = re.compile(r"^\s?%\s?/\s?(?:năm|tháng|quý)\b")
# ("vượt 5% chỉ tiêu": the margin over the plan, the plan named right after it)
_COMPARED_AFTER = re.compile(r"^\s?%?\s+(?:so với|chỉ tiêu|kế hoạch|mục tiêu)(?!\w)")
EXCESS_BEFORE = re.compile(r"\bvượt (?:kế hoạch|chỉ tiêu|mục tiêu)(?: đề ra| được giao)?\s+$")
# "vượt chỉ tiêu 40% đề ra": the goal's own figure, named as set, not the margin it was beaten by
GOAL_SET_AFTER = re.compile(r"\s?%\s+(?:(?:đã\s+)?(?:đề ra|đặt ra|được giao|theo kế hoạch)|"
                            r"(?:mà|do)\s+(?:[^\W\d]+\s+){1,4}?(?:giao|đề ra|đặt ra))\b")  # "… 50% mà Tỉnh ủy giao"
_DATE_WORDS = re.compile(r"(?:ngày|hôm|sáng|chiều|tối|đêm|trưa|từ|đến|tới|hạn|dịp|vào|tháng|năm|đầu|cuối)\s+$")
_DATE_FOLLOW = re.compile(r"^(?:\s*$|\s*[,.;:)\-–]|\s+(?:vừa|qua|tới|năm|hằng|hàng|tại|đến|và|,))")
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:năm|giai đoạn|đến|tới|trước|sau|từ|cuối|đầu|trong|dịp|niên độ|tầm nhìn|kỳ|mùa|–|-|và|"
    r"(?<!\d)(?:19|20)\d\d\s*[,;])\s*$")  # ("các năm 2022, 2023 và 2024": a list of years)
_DATE_TAIL = re.compile(r"\d{1,2}[/\-]$")
_YEARLIKE = re.compile(r"(?:19[5-9]|20\d)\d")
_WORD_AFTER = re.compile(r"^\s+[^\W\d]")
_SO_BEFORE = re.compile(r"\bsố\s+$")
# "số" as "digital", ending a name, not "number": "chính quyền số 0,6245 điểm, kinh tế số 0,4512 điểm", "chỉ số 0,58"
_DIGITAL_SO_BEFORE = re.compile(r"(?:chính quyền|kinh tế|xã hội|chuyển đổi|hạ tầng|công nghệ|nền tảng|dữ liệu|kỹ năng|điểm|"
                                r"chỉ)\s+số\s+$")
_TOTAL_SO_BEFORE = re.compile(r"(?:tổng|trong|trên|con|chỉ)\s+số\s+$")
_DASH_OR_SLASH = re.compile(r"^\s*[-–/]")
_DAY_MONTH_YEAR_TAIL = re.compile(r"^[\-–]\d{1,2}[\-–]\d{4}")  # "1-6-2023" read from its day
_OF_TOTAL_BEFORE = re.compile(r"(?:trong|trên)\s+(?:tổng\s+)?số\s+$")
# A noun phrase (no figure, no clause break) then "trên/trong tổng số".
_NOUN_THEN_TOTAL = re.compile(r"\s+[^\W\d][^\d.;:()%]{0,80}?\s(?:trên|trong)\s+tổng\s+số\s*$")
# (or the second of two levels named together: "mức độ 3, 4", "mức độ 3 và 4")
_LEVEL_NAME_BEFORE = re.compile(r"(?<!\w)(?:mức|mức độ|cấp độ|level)\s+(?:[1-4]\s*(?:,|và|hoặc|-|–|/)\s*)?$")
# "mức độ 3,4": two levels named together, read as one decimal
_TWO_LEVELS = re.compile(r"[1-4],[1-4]")
_FROM_TO_AFTER = re.compile(r"[^.;]{0,40}?\s(?:lên|xuống)(?:\s+còn)?\s+(?:mức\s+)?\d")
_DATE_DMY = re.compile(r"^([/\-])\d{1,2}\1\d{2,4}(?!\d)")


@dataclass
class Figure:
    start: int
    end: int            # end of the whole figure text ("%" included)
    value: float
    unit: str           # percent | count | rank | score | km | per_100
    text: str
    value_max: float | None = None
    denominator: float | None = None
    denominator_start: int | None = None
    pair_role: str | None = None   # "actual"/"target" for a%/b% pairs
    of_total: bool = False         # "trong số Y" opener: Y is a whole, not a claim
    context_year: int | None = None  # year stated for the figure outside its sentence


def _after(text: str, i: int, n: int = 40) -> str:
    return text[i:i + n]


def _skip_reason(text: str, folded: str, n: RawNumber, prev_end: int) -> str | None:
    before = folded[max(0, n.start - 30):n.start]
    if "\n" in before:  # a line break ends what the words before can say of the number ("… kinh tế số\n100% xã")
        before = before[before.rfind("\n") + 1:]
    after = _after(folded, n.end)
    if n.start < prev_end:
        return "consumed"
    if is_time(text, n):
        return "time"
    if n.text == "100" and _PER_100_BASE_AFTER.match(after) and before.rstrip().endswith(("/", "trên")) \
            and (folded.find("thuê bao", max(0, n.start - 50), n.start) >= 0 or "mật độ" in before):
        return "identifier"  # "số thuê bao trên 100 dân đạt 129,5": the density's base, not a figure
    if (n.text in ("63", "34") or (len(n.text) <= 2 and before.rstrip().endswith(("của", "trong", "giữa")))) \
            and _ALL_PROVINCES_AFTER.match(after) and not before.rstrip().endswith(("/", "số")) \
            and not before.rstrip().endswith(_FIELD_COUNTED_VERBS):
        # "tỷ lệ … của 34 tỉnh, thành phố bình quân đạt 51,7%", "bình quân của 13 tỉnh, thành phố vùng …": the
        # field an average or a ranking is over, not a figure
        return "identifier"
    if (len(n.text) <= 2 and _DATE_DMY.match(text[n.end:n.end + 11])) or \
            (n.start and text[n.start - 1] in "/-" and _DATE_TAIL.search(text[max(0, n.start - 3):n.start])):
        return "date"
    if is_document_number(text, folded, n):
        return "document number"
    if is_version(text, n):
        return "version"
    if _YEARLIKE.fullmatch(n.text) and not _PERCENT.match(after):
        if _YEAR_CONTEXT_BEFORE.search(before) or not _WORD_AFTER.match(after):
            return "year"
    if (len(n.text) == 1 or _TWO_LEVELS.fullmatch(n.text)) and _LEVEL_NAME_BEFORE.search(before) \
            and not _PERCENT.match(after):
        return "identifier"  # "định danh điện tử mức 2", "mức độ 4": a level's name
    if len(n.text) == 1 and _STARS.match(after):
        return "identifier"  # "sản phẩm OCOP 4 sao", "khách sạn 5 sao": a rating's name
    if len(n.text) <= 2 and before.endswith(_NUMBERED_UNITS) and not _PERCENT.match(after):
        return "identifier"  # "Quận 1", "Phường 7", "thôn 3": a numbered unit's name
    if len(n.text) <= 2 and text[n.start - 2:n.start - 1].isalpha() and text[n.start - 1] == " " \
            and text[text.rfind(" ", 0, n.start - 1) + 1].isupper() and NAME_NUMBER.match(text, n.start - 1) and (named := _NAMED_UNIT_BEFORE.search(before)) is not None \
            and all(w[0].isupper() for w in text[n.start - len(named.group(1)):n.start].split()):
        return "identifier"  # "xã Đạ Tẻh 2 thấp nhất": the last word of a commune's name
    if _DURATION.match(after) or _MONEY.match(after):
        return "duration or money"
    new_at = folded.find("mới", n.end, n.end + 70)
    if new_at >= 0 and _NEW_ITEMS_AFTER.match(folded, n.end, n.end + 70):
        return "change"  # "khánh thành 3 trạm BTS mới": how many were added, not how many there are
    if "%" not in after[:2] and (folded.find("thêm", n.end, n.end + 50) >= 0 or 0 <= new_at <= n.end + 47
                                 or folded.find("nâng cấp", n.end, n.end + 50) >= 0) \
            and _ADDED_AFTER.match(folded, n.end, n.end + 50):  # (no share is an increment: the cheap test first)
        return "change"
    if "%" not in after[:2] and folded.find(" tổng", n.end, n.end + 60) >= 0 \
            and _RAISING_THE_TOTAL_AFTER.match(folded, n.end, n.end + 60):
        return "change"
    if len(n.text) <= 2 and before.endswith((" ít nhất ", " tối thiểu ", " từ ")) and _EACH_UNIT_HAS_BEFORE.search(before):
        return "identifier"  # (each unit's quota, no figure of the whole)
    tail = before.rstrip()
    if tail.endswith(("đặt", "dựng", "mới", "triển", "thêm", "được", "hơn", "gần", "khoảng")) \
            and ("lắp" in before or "xây" in before or "phát triển" in before) \
            and "%" not in after[:2] and _BUILT_BEFORE.search(before) and _IN_A_PERIOD_AFTER.match(after):
        return "change"  # "lắp đặt 120 trạm BTS trong năm 2023": built in a period, not standing
    if tail.endswith(("cho", "đến", "tới", "về", "thêm", "được", "hơn", "gần", "khoảng")) and "sóng" in before[-40:] \
            and _COVERING_BEFORE.search(before) and _LACKING_AFTER.match(after):
        return "change"  # "phủ sóng di động cho 45 bản trắng sóng": how many were covered, not how many lack it
    if (tail.endswith("từ") and _SPREAD_OR_INCREASE_RANGE.search(folded, max(0, n.start - 90), n.start)
            and _RANGE_TO_AFTER.match(after)) or (
            tail.endswith(("đến", "tới")) and _SPREAD_RANGE_END.search(folded, max(0, n.start - 110), n.start)):
        # "dao động từ 35% đến 78%": the spread across units, no level; "phấn đấu tăng tỷ lệ … từ 10 đến 15%":
        # by how much, not a level ("tăng từ 31% lên 54%" goes on to a level and is read as one)
        return "change"
    if tail.endswith(_CHANGE_LAST_WORDS) and _CHANGE_BEFORE.search(before) \
            and not (tail.endswith("từ") and _FROM_TO_AFTER.match(after)):  # "tăng từ 31% lên 54%": a level
        return "change"
    if _PER_YEAR.match(after):
        return "change"  # "15%/năm": a rate of growth
    if _YEAR_ON_YEAR_AFTER.match(after):
        return "change"  # "đạt 105% so với cùng kỳ": a ratio to last year, not a level or a share of a plan
    if _PERCENT.match(after) and "vượt" in before and ((tail.endswith("vượt") and _COMPARED_AFTER.match(after))
                                                        or (EXCESS_BEFORE.search(before) and not GOAL_SET_AFTER.match(after))):
        return "change"  # "vượt 8,2% so với kế hoạch", "vượt 5% chỉ tiêu", "vượt kế hoạch 5%": by how much, not a level
    if tail.endswith("số") and _SO_BEFORE.search(before) and not _TOTAL_SO_BEFORE.search(before) \
            and not _DIGITAL_SO_BEFORE.search(before):
        return "identifier"
    return None


def word_ranks(text: str, folded: str, lo: int, hi: int) -> list[Figure]:
    """Ranks written in words after a ranking verb in text[lo:hi] ("xếp thứ hai", "đứng thứ nhất")."""
    out = []
    listed_from = -1  # where the last rank ended: "xếp thứ nhất, thứ hai và thứ ba" lists the next under one verb
    for m in _WORD_ORDINAL.finditer(folded, lo, hi):
        if (_RANK_BEFORE.search(folded, max(0, m.start() - 16), m.start())
                or _shares_ranking_verb(text, folded, m.start(1))
                or (listed_from >= 0 and _NEXT_IN_LIST.fullmatch(folded, listed_from, m.start()))) \
                and not _REGIONAL_AFTER.match(folded, m.end()):
            whole = _ORDINAL_OF_ALL.match(folded, m.end())  # "xếp thứ nhất trong 63 tỉnh, thành phố"
            out.append(Figure(m.start(1), m.end(1), float(_ORDINAL_VALUE[m.group(1)]), "rank", text[m.start(1):m.end(1)],
                              denominator=float(whole.group(1)) if whole else None,
                              denominator_start=whole.start(1) if whole else None))
            listed_from = m.end()
    return out


def _is_date_fraction(folded: str, n: RawNumber, x: float, y_text: str, y_end: int) -> bool:
    y = parse_number(y_text)
    if y is None:
        return True
    before = folded[max(0, n.start - 12):n.start]
    if len(y_text) == 4 and 1900 <= y <= 2100 and x <= 12:
        return True  # month/year: "tháng 10/2022"
    if y <= 12 and x <= 31 and float(x).is_integer():
        if _DATE_WORDS.search(before) or folded[y_end:y_end + 1] in "/-" or _DATE_FOLLOW.match(folded[y_end:y_end + 12]):
            return True
    return False


def find_figures(text: str, folded: str, lo: int, hi: int, numbers: list[RawNumber] | None = None) -> list[Figure]:
    """Figures in text[lo:hi]; ``numbers``, if given, are that span's raw numbers already found."""
    figures: list[Figure] = []
    prev_end = -1
    increment_end = -1  # where the last increment ("642 doanh nghiệp thành lập mới") ended
    for n in raw_numbers(text, lo, hi) if numbers is None else numbers:
        reason = _skip_reason(text, folded, n, prev_end)
        if reason == "change":
            increment_end = n.end
        if reason:
            continue
        if increment_end >= 0 and _PART_OF_INCREMENT.fullmatch(folded, increment_end, n.start):
            # "số doanh nghiệp thành lập mới là 642, trong đó có 38 doanh nghiệp công nghệ số", "lắp đặt mới 120
            # trạm, trong đó 40 trạm 5G": a part of an increment is an increment too
            increment_end = n.end
            continue
        fig = _read_figure(text, folded, n)
        if fig is None:
            continue
        for f in fig:
            figures.append(f)
        prev_end = max(f.end for f in fig)
    _link_wholes(folded, figures)
    _continue_ranks(folded, figures)
    return figures


_PART_OF_INCREMENT = re.compile(r"[^\d.;:()]{0,60}?,\s*trong đó(?:\s+có)?\s*")
# A rank listed after another ("lần lượt xếp thứ 35, 41 và 30", "12/63, 20/63 và 8/63"): only a
# list's joint between them, and no noun after it (a noun makes "xếp thứ 5, 12 chỉ tiêu" a count).
_RANK_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")
_RANK_LIST_END = re.compile(r"\s*(?:[,.;:)(]|$|và\b|trên\b|trong\b|tỉnh\b|cả nước\b|toàn quốc\b)")


def _continue_ranks(folded: str, figures: list[Figure]) -> None:
    for a, b in zip(figures, figures[1:]):
        if a.unit == "rank" and b.unit == "count" and b.denominator == a.denominator and b.value.is_integer() \
                and _RANK_LIST_JOINT.fullmatch(folded, a.end, b.start) and _RANK_LIST_END.match(folded, b.end):
            b.unit = "rank"


def _link_wholes(folded: str, figures: list[Figure]) -> None:
    """"1.188 dịch vụ công trực tuyến toàn trình trên tổng số 1.862 thủ tục": a count, its
    noun, then "trên/trong tổng số" and the whole. The whole becomes the count's
    denominator and is no claim of its own (as in "1.761 trong số 1.966")."""
    for part, whole in zip(figures, figures[1:]):
        if (part.unit == whole.unit == "count" and part.denominator is None and whole.denominator is None
                and whole.value >= part.value and _NOUN_THEN_TOTAL.match(folded[part.end:whole.start])):
            part.denominator = whole.value
            part.denominator_start = whole.start
            whole.of_total = True


def _pair_roles(folded: str, pos: int) -> tuple[str | None, str | None]:
    """Roles of an "a%/b%" pair: actual then target, unless labels in parentheses after it say
    otherwise ("50%/62% (kế hoạch/thực hiện)", "85%/87% (mục tiêu quốc gia/mục tiêu tỉnh)"). A
    member labelled as the nation's is left out: it is not the province's figure."""
    m = _PAIR_LABELS.match(folded, pos)
    if m is None:
        return "actual", "target"
    roles = []
    for label in m.group(1, 2):
        if _NATION_LABEL.search(label):
            roles.append(None)
        elif _TARGET_LABEL.search(label):
            roles.append("target")
        elif _ACTUAL_LABEL.search(label):
            roles.append("actual")
        else:
            return "actual", "target"
    return roles[0], roles[1]


def _read_figure(text: str, folded: str, n: RawNumber) -> list[Figure] | None:
    after = folded[n.end:n.end + 60]
    before = folded[max(0, n.start - 25):n.start]
    # Rank and ordinal words end the text before the figure; the suffix test is exact
    # and spares the end-anchored searches for most figures.
    tail = before.rstrip()
    ranked = tail.endswith(_RANK_LAST_WORDS) and bool(_RANK_BEFORE.search(before))
    if not ranked and len(n.text) <= 2 and tail.endswith(("từ", "lên", "xuống", "thứ", "trí", "hạng")) \
            and _RANK_MOVE_BEFORE.search(folded, max(0, n.start - 100), n.start):
        ranked = True
    ordinal = tail.endswith("thứ") and bool(_ORDINAL_BEFORE.search(before))
    integer_ctx = not _PERCENT.match(after) and not _DASH_OR_SLASH.match(after)
    value = parse_number(n.text, integer_context=integer_ctx)
    if value is None:
        return None

    m = _PAIR.match(after)
    if m:
        second = parse_number(m.group(1))
        if second is None:
            return None
        mid = n.end + m.start(1)
        roles = _pair_roles(folded, n.end + m.end())
        pair = [Figure(n.start, n.end + after.index("%") + 1, value, "percent", text[n.start:n.end + 1].strip(), pair_role=roles[0]),
                Figure(mid, n.end + m.end(), second, "percent", text[mid:n.end + m.end()], pair_role=roles[1])]
        return [f for f in pair if f.pair_role is not None]

    if _PERCENT.match(after):
        if (m := _PERCENT_RANGE.match(after)) is not None:
            hi_val = parse_number(m.group(1))
            if hi_val is not None and hi_val > value:
                end = n.end + m.end()
                return [Figure(n.start, end, value, "percent", text[n.start:end], value_max=hi_val)]
        end = n.end + _PERCENT.match(after).end()
        return [Figure(n.start, end, value, "percent", text[n.start:end])]

    m = _RANGE.match(after)
    if m and not _DAY_MONTH_YEAR_TAIL.match(text[n.end:n.end + 9]):
        hi_val = parse_number(m.group(1))
        if hi_val is not None and hi_val > value and not (value >= 1900 and hi_val <= 2100):
            end = n.end + m.end()
            unit = "percent" if m.group(2) else ("rank" if ranked else "count")
            if unit == "count" and _KM.match(folded[end:end + 16]):
                unit = "km"  # "khoảng 8.500-9.000 km cáp quang"
            if unit == "count":
                scale, end = scale_after(folded, end)  # "1,2-1,5 triệu thuê bao": the scale is both ends'
                value, hi_val = scaled(value, scale), scaled(hi_val, scale)
                if not (float(value).is_integer() and float(hi_val).is_integer()):
                    return None
            return [Figure(n.start, end, value, unit, text[n.start:end], value_max=hi_val)]
        return None

    m = _FRACTION.match(after)
    if m:
        y_end = n.end + m.end()
        if _is_date_fraction(folded, n, value, m.group(1), y_end):
            return None
        denom = parse_number(m.group(1), integer_context=True)
        if denom is None or denom == 0:
            return None
        if not float(value).is_integer():
            # "1,542/1,562 thôn": a count out of a whole is whole; a comma here groups thousands
            whole = parse_number(n.text, integer_context=True)
            if whole is None or not float(whole).is_integer():
                return None
            value = whole
        unit = "rank" if (ranked or ordinal) else "count"
        if unit == "count" and denom in (63, 34) and _RANK_LISTED_BEFORE.search(before):
            unit = "rank"  # "xếp thứ 45/63 và 38/63": the second rank of a pair the verb opened
        if unit == "count" and value > denom:
            return None
        if unit == "rank" and _REGIONAL_AFTER.match(folded, y_end):
            return None  # "thứ 3/5 tỉnh Tây Nguyên": a rank within a region, not of all provinces
        return [Figure(n.start, y_end, value, unit, text[n.start:y_end], denominator=denom,
                       denominator_start=n.end + m.start(1))]

    m = _OF_TOTAL.match(after)
    if m:
        denom = parse_number(m.group(1), integer_context=True)
        if denom and denom >= value:
            end = n.end + m.end()
            # ("đứng thứ 28 trên 63 tỉnh": a rank out of all provinces)
            return [Figure(n.start, end, value, "rank" if ranked or ordinal else "count", text[n.start:end],
                           denominator=denom, denominator_start=n.end + m.start(1))]

    if ordinal and not ranked:
        if _RANKED_ON_AFTER.match(after) or _RANKED_NAME_AFTER.match(text, n.end) or _PILLAR_BEFORE.search(before) \
                or _shares_ranking_verb(text, folded, n.start):
            # "xếp thứ 7/63 về chỉ số DTI, thứ 3 về trụ cột xã hội số": the verb is shared
            return [Figure(n.start, n.end, value, "rank", text[n.start:n.end])]
        return None  # "địa phương thứ 18": an ordinal, not a rank
    if ranked:
        if _REGIONAL_AFTER.match(folded, n.end):
            return None  # "xếp thứ 3 khu vực Tây Nguyên"
        return [Figure(n.start, n.end, value, "rank", text[n.start:n.end])]
    if (_SCORE.match(after) and not (folded.find("điểm", max(0, n.start - 140), n.start) >= 0
                                     and _PLACES_COUNTED_BEFORE.search(folded, max(0, n.start - 140), n.start))) \
            or _INDEX_SCORE.fullmatch(n.text):
        # ("DTI đạt 0,4521": an index's score of three or four decimals between 0 and 1, without "điểm")
        return [Figure(n.start, n.end, value, "score", text[n.start:n.end])]
    if _KM.match(after):
        return [Figure(n.start, n.end, value, "km", text[n.start:n.end])]
    if _PER_100.match(after):
        return [Figure(n.start, n.end, value, "per_100", text[n.start:n.end])]
    if folded.find("100", max(0, n.start - 45), n.start) >= 0 and (
            (_BARE_END.match(after) and _PER_100_BEFORE.search(folded, max(0, n.start - 45), n.start))
            or _PER_100_LEAD.search(folded, max(0, n.start - 45), n.start)):
        return [Figure(n.start, n.end, value, "per_100", text[n.start:n.end])]

    scale, end = scale_after(folded, n.end)
    value = scaled(value, scale)
    if scale != 1.0 and _KM.match(folded[end:end + 16]):
        return [Figure(n.start, end, value, "km", text[n.start:end])]  # "12,4 nghìn km cáp quang"
    rest = _SMALLER_SCALE_REST.match(folded, end) if scale >= 1e6 else None
    if rest is not None:  # "1 triệu 200 nghìn": one number in two scales (the second is not a count of its own)
        value, end = value + int(rest.group(1)) * SCALE_WORDS[rest.group(2)], rest.end()
    if not float(value).is_integer():
        return None  # a count of whole things cannot be 89,5
    fig = Figure(n.start, end, value, "count", text[n.start:end])
    if _OF_TOTAL_BEFORE.search(before):
        fig.of_total = True
    return [fig]
