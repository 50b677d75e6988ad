"""Scope: what a figure is about — the province, the nation, or a place inside a province.

A figure's province comes from a province named in its own context or the sentence's
opener, else from the document (URL, source, the province the text is about). A figure is
about a place, not the province, when its sentence or title says so: a unit word and a name
("huyện Mường Khương"), a capitalised subject that is no province, person or institution
("Sa Pa dẫn đầu"), a company or other body as subject ("Công ty Điện lực Quảng Nam có ..."),
"tại/ở <Name>", or "the commune" named before ("trong xã", "xã tiếp nhận ..."). The
province's own districts are known by name (geo: the GSO district lists up to 2025), so one
named without its unit word anywhere before the figure ("hộ gia đình Văn Bàn có cáp quang
đạt 60%") is a place too. Communes have no such list; the readings above keep their figures
out of province facts, which precision needs more than recall.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from claims import geo
from claims.mentions import Figure
from claims.normalize import UPPER_CLASS, fold, word_start_alternation
from claims.prefilter import GuardedPattern

if TYPE_CHECKING:  # the document context is built in extract, which imports this module
    from claims.extract import _Context

NATIONAL = "VN"  # the document scope of a national article (a match key no province has)
# The nation named inside the counted noun's phrase, after the figure ("100% thôn, bản trên cả nước
# được phủ sóng"), with no predicate or comparison before it ("…, cao hơn bình quân cả nước" is not it)
_NATION_AFTER_NOUN = re.compile(r"[^.;:\d()]{0,30}?\s(trên|trong|của)\s+(?:phạm vi\s+)?(?:cả nước|toàn quốc)(?!\w)")
_PREDICATE_OR_COMPARISON = re.compile(r"(?<!\w)(?:so với|hơn|bình quân|trung bình|đạt|có|được|là|xếp|đứng|dẫn đầu|chiếm|"
                                      r"cao|thấp|tăng|giảm)(?!\w)")
NATIONAL_WORDS = GuardedPattern(r"cả nước|toàn quốc|cấp quốc gia|việt nam|trung bình chung|bình quân chung|mức chung")
_SHARE_OF_GDP = re.compile(r"%\s*(?:tổng sản phẩm quốc nội|gdp)(?!\w)")
# The nation's programme or strategy setting goals; its figures are the nation's.
_NATIONAL_GOAL_SETTER = re.compile(r"(?:chương trình|chiến lược|chính phủ|thủ tướng)[^.;:]{0,40}?(?:quốc gia|chính phủ)"
                                   r"[^.;:\d]{0,20}?(?:đặt|đề ra|xác định)(?: ra)? (?:mục tiêu|chỉ tiêu)")
# A ministry (capitalised "Bộ", matched on the original text: not "bộ phận") or the Government setting a goal
# ("Bộ Thông tin và Truyền thông đặt mục tiêu …"): the nation's
# (the State Bank too, but not a provincial branch of it: "Ngân hàng Nhà nước chi nhánh tỉnh …")
_MINISTRY_GOAL_SETTER = re.compile(r"[BCTN](?<!\w[BCTN])(?:ộ|hính phủ|hủ tướng|gân hàng Nhà nước(?!\s+(?:chi nhánh|khu vực)))(?!\w)"
                                   r"(?!\s+phận)(?:\s+[^\W\d]+){0,6}?"
                                   r"\s+(?:đã\s+|cũng\s+)?(?:đặt|đề ra|xác định)(?: ra)? mục tiêu(?!\w)")
# "Theo Đề án 06 của Chính phủ, đến năm 2025, …": a national instrument's deadline opening the sentence
_NATIONAL_NORM_OPENER = re.compile(r"\W*theo (?:đề án|quyết định|nghị quyết|chương trình|chiến lược|kế hoạch)[^,;.]{0,60}?"
                                   r"(?:của (?:chính phủ|thủ tướng)|/qđ-ttg|/nq-cp|quốc gia)[^,;.]{0,20},\s*"
                                   r"(?:đến|tới|trước) (?:hết |cuối )?năm 20\d\d")
# "xếp thứ 2 cả nước với 90%": a rank before the nation (not "Thứ trưởng …, cả nước có …")
_RANK_WORD_BEFORE = re.compile(r"thứ\s+(?:\d|nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)[^.;]*$")
# "Tỉnh này có tỷ lệ …" after a sentence about another province: that province
_THIS_PROVINCE = re.compile(r"(?:tỉnh|địa phương|thành phố) (?:này|nói trên)(?!\w)")
# A ministry as the owner (matched on the original text: "Bộ" capitalised, not "bộ phận").
# ("theo báo cáo của Bộ Thông tin và Truyền thông" names the source, not the owner)
_MINISTRY_OWNER = re.compile(r"(?<!báo cáo )(?<!số liệu )(?<!thống kê )(?<!đánh giá )(?<!công bố )"
                             r"(?:của|tại)\s+(?:các\s+)?Bộ(?!\w)(?!\s*phận)")
_NATIONAL_OWNER_AFTER = re.compile(r"\s*(?:của|theo)\s+(?:chính phủ|thủ tướng|trung ương|quốc gia)(?!\w)")
_MINISTRIES_AND_LOCALITIES = re.compile(r"(?:của|tại)\s+(?:các\s+)?bộ, ngành(?:,|\s+và)\s+(?:các\s+)?địa phương(?!\w)")
_MINISTRIES_ONLY = re.compile(r"(?:của|tại)\s+(?:các\s+)?bộ, ngành(?:\s+trung ương)?(?![,\s]*(?:và\s+)?(?:các\s+)?địa phương)")
_RANKING_BEFORE_LA = ("đầu ", "nhất ", "cuối ")  # "dẫn đầu là", "thấp nhất là", "xếp cuối là"
# ("đứng thứ 2 cả nước với 0,6514 điểm": a rank among the provinces, the nation is the field)
_STANDING_IN = re.compile(r"(?:dẫn đầu|đứng đầu|cao nhất|thấp nhất|nhóm đầu|tốp đầu|top đầu|"
                          r"(?:đứng|xếp)(?:\s+hạng)?(?:\s+thứ)?\s+\d{1,2})\s+(?:trong\s+|của\s+)?$")
# "Giá trị trung bình DTI cấp tỉnh đạt 0,4691": the mean over all provinces is a national figure
# ("… của 34 tỉnh, thành phố bình quân đạt 51,7%": the provinces named first)
_AVERAGE_OF_PROVINCES = re.compile(r"(?:trung bình|bình quân)\b[^,;.\d]{0,30}?(?:cấp tỉnh|các tỉnh|(?:63|34) tỉnh(?:,? thành(?: phố)?)?|"
                                   r"các địa phương)")
_PROVINCES_THEN_AVERAGE = re.compile(r"(?:63|34) tỉnh(?:,? thành(?: phố)?)?\s+(?:bình quân|trung bình)(?!\w)")


def _average_of_provinces(text: str, lo: int = 0, hi: int | None = None) -> re.Match | None:
    """The average over all provinces named in text[lo:hi], either way round ("bình quân của 34 tỉnh",
    "của 34 tỉnh, thành phố bình quân"); the second form only looked for when a count of provinces is there."""
    hi = len(text) if hi is None else hi
    found = _AVERAGE_OF_PROVINCES.search(text, lo, hi)
    if found is None and (text.find("63 tỉnh", lo, hi) >= 0 or text.find("34 tỉnh", lo, hi) >= 0):
        found = _PROVINCES_THEN_AVERAGE.search(text, lo, hi)
    return found
_REGION_AFTER = re.compile(r"\s*(?:trong\s+|thuộc\s+)?(?:vùng|khu vực|miền|tiểu vùng|tây bắc|đông bắc|tây nguyên|"
                           r"đồng bằng|duyên hải|đông nam bộ|bắc trung bộ|trung du)")
# (also compared with: "cao hơn bình quân cả nước (68,9%) và các tỉnh Đông Nam Bộ (72,4%)", "so với các tỉnh …")
_PROVINCES_AS_OWNER = re.compile(r"(?<!\w)(?:của|ở|tại|bình quân|trung bình|và|hơn|so với)\s+(?:các|nhiều|những|một số)\s+"
                                 r"(?:tỉnh|địa phương)(?!\w)(?!\s*(?:này|nói trên))")
# (or the region first: "Chỉ số DTI của vùng Đồng bằng sông Cửu Long bình quân đạt 0,4521 điểm")
_REGION_AS_OWNER = re.compile(r"(?<!\w)(?:(?:trung bình|bình quân)(?:\s+chung)?\s+(?:của\s+)?(?:toàn\s+|cả\s+)?"
                              r"(?:vùng|khu vực|miền)(?!\w)|(?:của|tại)\s+(?:các tỉnh\s+)?(?:vùng|khu vực|miền)(?!\w)"
                              r"[^.;,\d]{0,50}?\s(?:trung bình|bình quân)(?!\w))")
# "… 62,7% của tỉnh", "bình quân chung của tỉnh là 58%": the province's, not a place's or the nation's
OF_THE_PROVINCE = re.compile(r"\s*của\s+(?:toàn\s+|cả\s+)?tỉnh\b")
_AND_PROVINCE = re.compile(r"(?:và|,)\s*(?:của\s*)?(?:tỉnh|thành phố)\b")
_LIST_OPENER = re.compile(r"(?:các|những|\d+)[ \t]+$")  # on the same line: a date line above is no list
_LOCATIVE = re.compile(r"(?:tại|ở|của|thuộc|trên địa bàn)\s+$")  # ("95% tiểu thương … trên địa bàn thành phố X")
_OF_A_UNIT = re.compile(r"(?:của|thuộc|tại|ở)\s")
# (the units the figure counts may come between: "tập trung ở các xã vùng III thuộc huyện Mường Nhé")
_MOSTLY_BEFORE = re.compile(r"(?:chủ yếu|phần lớn|đa số|hầu hết|tập trung|nhất là|đặc biệt là)\s+(?:(?:ở|tại|thuộc|trên địa bàn|"
                            r"các|những)\s+)*(?:(?:xã|thôn|bản|ấp|làng|xóm)\s[^,.;:\d]{0,20}?\s(?:ở|tại|thuộc|của)\s+)?$")
# (areas that are no unit count too: "tại 68 trạm ở thành phố Tây Ninh và các khu công nghiệp")
_ANOTHER_PLACE_AFTER = re.compile(r"\s*(?:,|và|cùng)\s+(?:các\s+)?(?:huyện|thị xã|thành phố|xã|phường|thị trấn|thôn|bản|"
                                  r"khu công nghiệp|khu kinh tế|cụm công nghiệp|khu đô thị|khu du lịch|vùng)\b")
PLACE_UNIT_BEFORE = re.compile(r"(?:thành phố|tp\.|huyện|thị xã|xã|cửa khẩu[\w ]*) $")


def names_province(ctx: _Context, mention) -> bool:
    """Whether a province name in the text names the province: not after a unit word that makes it
    a place inside one ("thành phố Lào Cai", "huyện Điện Biên"), unless a municipality ("thành phố Đà Nẵng")."""
    return not PLACE_UNIT_BEFORE.search(ctx.folded, max(0, mention.start - 11), mention.start) \
        or geo.is_municipality(mention.match_key, ctx.published)
_PREDECESSOR_LIST = re.compile(r"(?<!\w)(?:sáp nhập|hợp nhất|trên cơ sở)(?!\w)")
_ANAPHORA_UNITS = ("xã", "huyện", "phường", "thị trấn", "thôn", "bản", "thành phố")
_PLACE_ANAPHORA = GuardedPattern(
    word_start_alternation(("trong", "của", "tại", "ở", "toàn", "cả", "địa bàn", "một cửa", "ubnd", "ủy ban nhân dân",
                            "lãnh đạo", "chủ tịch", "hành chính công")) + " "  # ("Trung tâm phục vụ hành chính công xã")
    r"(?<!hoàn toàn )"  # ("xóa hoàn toàn thôn trắng sóng": "completely", not "the whole village")
    r"(xã|huyện|phường|thị xã|thị trấn|thôn|bản|thành phố)(?: này| nói trên)?(?! hội)(?!\w)")
# "Trong năm 2024, xã tiếp nhận 3.215 hồ sơ": an unnamed unit as the subject of a verb.
_BARE_UNIT_VERBS = (r"đã|đang|có|hiện|tiếp nhận|triển khai|thực hiện|cũng|được|vẫn|còn|luôn|đạt|cấp|hỗ trợ|"
                    r"phối hợp|tổ chức")
_LOCATED_IN_LIST = re.compile(r"(?:ở|tại|trên địa bàn|thuộc)\s+((?:các|những|\d+)[ \t]+)$")
_CAPITALISED = UPPER_CLASS + r"[^\W\d_]*"
# Two to four capitalised words as a subject: the name ends where the capitals end, and the
# next word, lower case, is its predicate.
_CAPITALISED_NAME = rf"[ \t\"“]*((?:{_CAPITALISED}[ \t]+){{1,3}}{_CAPITALISED})(?![ \t]+{_CAPITALISED})"
_NAMED_SUBJECT = re.compile(_CAPITALISED_NAME + r"(?=[ \t]+[^\W\d_])")
# "Lắk (Đắk Lắk): …": a one-word title subject, set off by its colon (or dash)
_TITLE_ONE_WORD_SUBJECT = re.compile(rf"[ \t\"“]*({_CAPITALISED})(?=[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?::|[–—-][ \t]))")
# Two to four capitalised words: one name of a list, or a list item's whole label
_NAME_IN_LIST = re.compile(rf"(?:{_CAPITALISED}[ \t]+){{1,3}}{_CAPITALISED}")
_NAMED_LIST_SUBJECT = re.compile(
    rf"[ \t\"“]*({_NAME_IN_LIST.pattern}(?:[ \t]*,[ \t]*{_NAME_IN_LIST.pattern})+(?:[ \t]+và[ \t]+{_NAME_IN_LIST.pattern})?)"
    r"(?=[ \t]+[^\W\d_])")
# A title that opens with such a name and goes on in lower case (or after a colon).
# ("Cẩm Xuyên (Hà Tĩnh): ..." names its province in brackets; a dash may stand for the colon)
_TITLE_NAMED_SUBJECT = re.compile(_CAPITALISED_NAME + r"(?=[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?::|[–—-][ \t])|[ \t]+[^\W\d_])")
# Telecom operators, payment providers and banks named as who owns a figure: one list for the
# enterprise subject here and for a breakdown by owner in extract.py (as written; folded there).
OPERATORS = ("Viettel", "VNPT", "VinaPhone", "Vinaphone", "MobiFone", "Mobifone", "Vietnamobile", "Gmobile", "FPT",
             "CMC", "MoMo", "ZaloPay", "VNPay", "VNPAY", "Agribank", "Vietcombank", "BIDV", "VietinBank")
# The name runs to its predicate: enterprise names mix cases ("Công ty Điện lực Quảng Nam").
_ENTERPRISE_SUBJECT = re.compile(
    r"[ \t\"“]*((?:Công ty|Tổng công ty|Tập đoàn|Bưu điện|Điện lực|Ngân hàng(?! Nhà nước)|Bệnh viện|Trường|"
    r"Hợp tác xã|(?:(?:Mạng lưới|Mạng|Nhà mạng|Hạ tầng(?: mạng)?) )?(?:" + "|".join(OPERATORS) + r"))[^,.;:\n\d]{0,60}?)"
    r"(?=[ \t]+(?:có|đạt|đã|vừa|đang|hiện|cũng|vẫn|được|là|triển khai|hỗ trợ|đẩy mạnh|phủ sóng|lắp đặt|cung cấp|"
    r"thực hiện|tiếp nhận|ra mắt|đưa|phát triển|ký|hoàn thành|tổ chức|chủ động|tích cực|nỗ lực|tăng|giảm|mở rộng|"
    r"cho biết|cho hay|thông tin)(?!\w)|[ \t]*:)")  # ("Viettel Thanh Hóa cho biết đơn vị đã lắp đặt …": the name ends at the speech verb;
# "Viettel Hà Giang: Phủ sóng 4G …" names its subject before a colon)
# (two capitalised words at least: "tại Lễ công bố" is no place; district names have two syllables or more)
_NAME_AFTER_LOCATIVE = re.compile(rf"[ \t]*((?:{_CAPITALISED}[ \t]+)+{_CAPITALISED})(?![ \t]*\d)")
_DIGIT_OR_CAPITAL_NAME_BEFORE = re.compile(r"\d{1,3}[.,]\d|\w[ \t]+[A-ZĐ]")  # an opener holds no figure or name
# First words of capitalised subjects that are people, institutions, or the sentence's
# ordinary first word: none of them names a place.
_NOT_A_PLACE_NAME_START = frozenset(
    "ông bà anh chị đồng giám phó chủ bí trưởng thứ sở ban bộ cục chi ubnd ủy hđnd cổng công tỉnh "
    "đảng thủ ngân kho bưu đài báo hệ nền ứng dịch tổ đoàn quỹ viện trường bệnh cơ doanh tập "
    "tổng hợp liên mặt quân huyện xã thị phường quận toàn cả các những nhiều theo trong đến hiện tính tuy bên "
    "ngoài qua sau từ với về đối nhờ do để khi năm tháng quý đề kế chương dự mục chỉ tỷ số hơn gần khoảng trên "
    "có đã riêng tại ở mạng hạ người hộ phòng học điểm "
    # verbs a headline opens with ("Kon Tum: Đưa Internet đến các làng …", "Đẩy mạnh …")
    "đưa đẩy nâng thúc tăng giảm xóa mở hỗ tạo chuyển xây khởi".split())
# First words that open an institution only with their second word: "Văn phòng" but "Văn Chấn",
# "Bảo hiểm" but "Bảo Yên", "Việt Nam" but "Việt Yên", "Hội đồng" but "Hội An".
_NOT_A_PLACE_TWO_WORDS = {
    "văn": {"phòng"}, "trung": {"tâm", "ương"}, "hội": {"đồng", "nghị", "liên", "nông", "phụ", "cựu", "chữ", "doanh"},
    "bảo": {"hiểm", "tàng", "vệ"}, "kinh": {"tế", "doanh"}, "quốc": {"hội", "gia"}, "phát": {"triển", "huy", "động", "sóng"},
    "đại": {"hội", "biểu", "học", "diện", "sứ"}, "thành": {"ủy", "phố", "đoàn", "viên"},
    "chính": {"phủ", "quyền", "sách", "trị"}, "nhà": {"nước", "văn", "máy", "mạng", "đầu"}, "lực": {"lượng"},
    "việt": {"nam"},
}


def names_no_place(name: str) -> bool:
    """Whether a capitalised name opens with the word of a person, an institution or an
    ordinary sentence start (so it names no place)."""
    words = fold(name).split()
    first = words[0] if words else ""
    return first in _NOT_A_PLACE_NAME_START or (len(words) > 1 and words[1] in _NOT_A_PLACE_TWO_WORDS.get(first, ()))


_NOT_NOUN_WORDS = frozenset("có đạt được là đã đang cao thấp hơn so với và hoặc như bằng của cả toàn trên dưới "
                            "tăng giảm chiếm đến tới từ trong ngoài tại ở thuộc".split())
_SUBJECT_PLACE_LEAD = re.compile(r"\W*(?:(?:tại|ở|riêng|đối với|trên địa bàn)\s+)?")
# The figure's subject is the whole province ("..., toàn tỉnh đạt 80%"); not when the phrase
# only compares ("dẫn đầu toàn tỉnh", "cao nhất tỉnh").
_TITLE_PROVINCE_WIDE = re.compile(r"toàn tỉnh|cả tỉnh|các huyện|các xã|cấp huyện|cấp xã|tỉnh [^\W\d]")
# "Tỉnh phấn đấu ...", "Năm 2025, tỉnh đặt mục tiêu ...": the province itself as the subject (a bare
# "tỉnh" that opens the sentence or its clause and is followed by a verb, not by a name)
# (the province itself, or its authority: "UBND tỉnh yêu cầu …", "Ban Chỉ đạo tỉnh đặt mục tiêu …")
_PROVINCE_SUBJECT = re.compile(r"(?:(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|ban chỉ đạo) )?\btỉnh (?!lộ\b|ủy\b|đoàn\b|đội\b)")


def province_is_subject(ctx: _Context, s: int, e: int) -> bool:
    """Whether text[s:e] (a sentence's start up to a figure) names the province as its subject."""
    return any((m.start() == s or ctx.folded[m.start() - 2:m.start()] in (", ", ": ", "; "))
               and ctx.text[m.end():m.end() + 1].islower()
               for m in _PROVINCE_SUBJECT.finditer(ctx.folded, s, e))


PROVINCE_WIDE = GuardedPattern(r"(?<!đầu )(?<!nhất )(?:toàn tỉnh|cả tỉnh|toàn thành phố)|của tỉnh|trên địa bàn tỉnh")
_OPENER_COMMA = re.compile(r",(?!\d)")
# (group 1: the unit word of a province, if any; a place inside the province starts where it would)
_RANKED_SUBJECT = re.compile(r"\s*(?:là|thuộc về)\s+((?:tỉnh\s+|thành phố\s+)?)")
_DEPARTMENT_WORDS = ("Sở ", "Ban ", "Văn phòng ", "Thanh tra ", "Công an ")  # (the pattern's openers)
_RANKED_DEPARTMENT = re.compile(r"((?:Sở|Ban|Văn phòng|Thanh tra|Công an) [A-ZĐ][^\s,;.]*"
                                r"(?: (?!(?:cho|biết|báo|của|có|là|đã|được|thì|cùng|với)(?!\w))[^\s,;.]+){0,6}?) "
                                r"(?:(?:tiếp tục|vẫn) )?(?:đứng đầu|dẫn đầu|xếp thứ|đứng thứ|xếp hạng)[^\d,;.]{0,20}$")


def _bare_unit_subject() -> re.Pattern:
    """The unit word first (so the engine skips ahead to it), then look-behinds that
    check, from its end, that it opens a sentence or follows a comma but is not the
    next item of a list ("xã, phường, thị trấn đã có")."""
    alternatives = []
    for u in ("xã", "huyện", "phường", "thị xã", "thị trấn"):
        after_list = "".join(f"(?<!{prev}, {u})" for prev in ("tỉnh", "xã", "phường", "huyện", "thôn", "bản", "quận"))
        # ("Hiện huyện có 48 sản phẩm": the adverb "hiện" may stand before the subject)
        alternatives.append(f"{u}(?:(?<=\n{u})|(?<=[.,:] {u})|(?<=\nhiện {u})|(?<=[.,:] hiện {u})){after_list}")
    return re.compile("(" + "|".join(alternatives) + f")(?= (?:{_BARE_UNIT_VERBS})\\b)")


_BARE_UNIT_SUBJECT = _bare_unit_subject()


def subject_place(ctx: _Context, s: int) -> str | None:
    """"Thị xã Long Mỹ hiện có 100% ấp ... và 92% hộ gia đình ...": a sentence whose
    subject is a named place is about that place, for every figure in it."""
    lead = _SUBJECT_PLACE_LEAD.match(ctx.folded, s)
    m = geo.PLACE_RE.match(ctx.folded, lead.end())
    if m is None:
        opener = _opener_end(ctx, s)
        if opener is not None:
            # "Sau hơn 2 tháng vận hành ..., xã Bắc Hà đã tiếp nhận ...": the subject after an opener
            m = geo.PLACE_RE.match(ctx.folded, _SUBJECT_PLACE_LEAD.match(ctx.folded, opener).end())
        if m is None:
            return _named_subject(ctx, opener or s)
    name = geo.place_name(ctx.text, m)
    if name is None or geo.municipality_key(m, name, ctx.published):
        return None  # "Thành phố Hà Nội có ...": a province, which the scope step reads
    return name


def _opener_end(ctx: _Context, s: int) -> int | None:
    """End of a short sentence opener ("Năm 2024, ", "Sau hơn 2 tháng vận hành ..., ") that
    states no figure and names nothing, else None."""
    opener = _OPENER_COMMA.search(ctx.text, s, min(s + 80, len(ctx.text)))
    if opener is None or _DIGIT_OR_CAPITAL_NAME_BEFORE.search(ctx.text, s, opener.start()):
        return None
    return opener.end()


def _named_subject(ctx: _Context, start: int) -> str | None:
    """"Sa Pa dẫn đầu với 100% hồ sơ trực tuyến", "Năm 2024, Mường Khương có 98% thôn ...":
    a subject of two or more capitalised words that is no province, person or institution
    names something inside (or beside) the province, whose figures are not the province's.
    Communes and villages have no gazetteer; this keeps them out of province facts.
    ``start`` is where the subject may begin: the sentence start or the end of its opener."""
    named = enterprise_subject(ctx.text, start) or _department_subject(ctx.text, start) \
        or _name_if_not_province(ctx, _NAMED_SUBJECT.match(ctx.text, start))
    if named is None:
        # "Nghĩa Lộ, Yên Bình đạt 100% thôn ...": several named places share the figure
        m = _NAMED_LIST_SUBJECT.match(ctx.text, start)
        if m is not None and all(not names_no_place(n) and not ctx.mentions_in(m.start(1) + off, m.start(1) + off + 1)
                                 for n, off in _list_names(m.group(1))):
            named = m.group(1)
    return named


# "Sở Tư pháp có tỷ lệ hồ sơ trực tuyến cao nhất với 99,5%": a department's own figure (its name, capitalised,
# then a verb of having or ranking; "Sở … cho biết, …" reports the province's and is not matched)
_DEPARTMENT_SUBJECT = re.compile(
    r"[ \t\"“]*((?:Sở|Văn phòng|Thanh tra|Ban Quản lý|Cục|Chi cục)[ \t]+[A-ZĐ][^\s,;.]*"
    r"(?:[ \t]+(?!(?:cho|biết|báo|của|có|là|đã|được|thì|cùng|với|vừa|đang|hiện|tỉnh)(?!\w))[^\s,;.:\d]+){0,6}?)"
    r"(?=[ \t]+(?:có|đạt|dẫn đầu|đứng đầu|xếp|là đơn vị)(?!\w))")


def _department_subject(text: str, start: int) -> str | None:
    m = _DEPARTMENT_SUBJECT.match(text, start)
    return m.group(1) if m else None


def _list_names(text: str) -> list[tuple[str, int]]:
    """The names of "Nghĩa Lộ, Yên Bình và Lục Yên" with their offsets in it."""
    return [(m.group(0), m.start()) for m in _NAME_IN_LIST.finditer(text)]


def enterprise_subject(text: str, start: int, end: int | None = None) -> str | None:
    """"Công ty Điện lực Quảng Nam có 98,5% khách hàng ...", "Bưu điện tỉnh Bình Định đã hỗ
    trợ ...": a company, bank branch, hospital or school as subject. Its figures are its own
    (customers, services, products), not the province's. Government bodies, which report for
    the province ("Sở ...", "Ngân hàng Nhà nước chi nhánh tỉnh ..."), are not matched."""
    m = _ENTERPRISE_SUBJECT.match(text, start, len(text) if end is None else end)
    if m is None or _SEVERAL_OWNERS.search(m.group(1)) or _OWNER_LISTED_BEFORE.search(text, max(0, start - 24), start):
        return None  # "Viettel, VNPT và MobiFone đã đầu tư 1.420 trạm": all of them, the province's stock
    return m.group(1)


_SEVERAL_OWNERS = re.compile(r"(?:,| và) (?:" + "|".join(OPERATORS) + r")\b")
_OWNER_LISTED_BEFORE = re.compile(r"(?:" + "|".join(OPERATORS) + r"),\s*$")


def _name_if_not_province(ctx: _Context, m: re.Match | None) -> str | None:
    """The capitalised name a subject pattern matched, unless it is a province or opens
    with the word of a person, an institution or an ordinary sentence start."""
    if m is None or names_no_place(m.group(1)):
        return None
    if ctx.mentions_in(m.start(1), m.start(1) + 1):
        return None  # a province ("Quảng Ninh dẫn đầu"): the scope step reads it
    return m.group(1)


def anaphoric_place(ctx: _Context, s: int, e: int) -> str | None:
    """"Xã Thượng Trạch ... Đến nay, 70% hộ dân trong xã ...": a sentence about "the
    commune" (trong/của/toàn xã, without a name) is about the one named last before it,
    or, if none is named, about some commune: never about the whole province."""
    sentence = ctx.folded[s:e]
    if not any(unit in sentence for unit in _ANAPHORA_UNITS):
        return None  # both patterns need a unit word: a substring test rules most sentences out
    m = _PLACE_ANAPHORA.search(ctx.folded, s, e) or _BARE_UNIT_SUBJECT.search(ctx.folded, s, e)
    if m is None or ctx.text[m.end():m.end() + 2].strip()[:1].isupper():
        return None  # "tại xã Tân Lập" names its place; the scope step reads it
    unit = m.group(1)
    if unit == "thành phố" and (ctx.province_key is None or ctx.municipal):
        return None  # in a centrally-run city (or an article of no known province) "toàn thành phố" may be the province
    named = None
    for pm in geo.PLACE_RE.finditer(ctx.folded, max(0, s - 1200), s):
        if pm.group(1) == unit and not _PREDECESSOR_LIST.search(
                ctx.folded, max(0, pm.start() - 120, ctx.folded.rfind(".", 0, pm.start()) + 1), pm.start()):
            # (PLACE_RE runs on the folded text; "thành lập trên cơ sở sáp nhập xã A, xã B và xã C":
            # the units merged into the one named are no longer what "xã" refers to)
            named = geo.place_name(ctx.text, pm) or named
    if named is None and ctx.folded.startswith(("ở ", "tại "), m.start()):
        # "2.350 tổ công nghệ số cộng đồng ở thôn, khu dân cư": with no unit of the kind named before,
        # "at village (level)" is a level, not some village
        return None
    if named is None:
        # "Mù Cang Chải: Huyện còn 14 bản chưa có sóng": a news item labelled with the district's bare name
        line = ctx.text.rfind("\n", 0, s) + 1
        colon = ctx.text.find(":", line, min(line + 42, e))
        if 0 <= colon - line <= 40:
            named = next((name for a, b, name in ctx.districts if line <= a and b <= colon
                          and name.startswith(unit + " ")), None)
    return named or unit


def _ministry_owns(ctx: _Context, lo: int, figure_start: int) -> bool:
    """A ministry is the figure's owner unless a province is named after it, nearer the figure.

    ("Chỉ số DTI của Bộ Thông tin và Truyền thông, tỉnh Thanh Hóa đạt 0,4861 điểm": the
    ministry publishes the index, the province scores.)
    """
    last = None
    for last in _MINISTRY_OWNER.finditer(ctx.text, lo, figure_start):
        pass
    return last is not None and not ctx.mentions_in(last.end(), figure_start)


def _no_province_after(ctx: _Context, frame: re.Match | None, figure_start: int) -> bool:
    """Whether a national frame was found and no province is named between it and the figure ("Chính phủ đặt mục
    tiêu …, tỉnh phấn đấu 90%" frames the province's goal, not the nation's)."""
    return frame is not None and ctx.folded.find("tỉnh", frame.end(), figure_start) < 0 \
        and not ctx.mentions_in(frame.end(), figure_start)


def owned_by_provinces(ctx: _Context, lo: int, fig_start: int) -> bool:
    """"của các tỉnh trong vùng dao động từ 40-60%", "bình quân các tỉnh vùng Tây Bắc đạt 45%", "cao hơn
    … các tỉnh Đông Nam Bộ (72,4%)": a group of provinces' figure, no one province's."""
    left = ctx.folded[lo:fig_start]
    group = None
    if ("các " in left or "nhiều " in left or "những " in left or "một số " in left) \
            and ("tỉnh" in left or "địa phương" in left):
        for group in _PROVINCES_AS_OWNER.finditer(left):
            pass
    if group is None and ("trung bình" in left or "bình quân" in left) \
            and ("vùng " in left or "khu vực " in left or "miền " in left):
        # "thấp hơn mức trung bình của vùng trung du và miền núi phía Bắc (69,5%)": a region's average
        for group in _REGION_AS_OWNER.finditer(left):
            pass
    return group is not None and not ctx.mentions_in(lo + group.end(), fig_start)


def scope_of(ctx: _Context, fig: Figure, lo: int, hi: int, sent_start: int, unit: str,
           first_figure: int) -> tuple[str | None, str | None, str | None]:
    """(province_code, province_name, place) for a figure."""
    if ctx.text.find("Bộ", lo, fig.start) >= 0 and _ministry_owns(ctx, lo, fig.start):
        return None, None, None  # "tỷ lệ hồ sơ trực tuyến của Bộ đạt 95%": a ministry's, no province's
    if ("của " in ctx.folded[fig.end:fig.end + 6] or "theo " in ctx.folded[fig.end:fig.end + 7]) \
            and _NATIONAL_OWNER_AFTER.match(ctx.folded, fig.end):
        return "VN", "Việt Nam", None  # "thấp hơn mục tiêu 80% của Chính phủ": the nation's goal
    if _SHARE_OF_GDP.match(ctx.folded, fig.end - 1):
        return "VN", "Việt Nam", None  # "kinh tế số chiếm 20% GDP": the national economy (a province's is GRDP)
    if ctx.folded.find("quốc gia", sent_start, fig.start) >= 0 and _no_province_after(
            ctx, _NATIONAL_GOAL_SETTER.search(ctx.folded, sent_start, fig.start), fig.start):
        return "VN", "Việt Nam", None  # "Chương trình Chuyển đổi số quốc gia đặt mục tiêu đến năm 2025, 80% …"
    if ctx.text.find("mục tiêu", sent_start, fig.start) >= 0 and _no_province_after(
            ctx, _MINISTRY_GOAL_SETTER.search(ctx.text, sent_start, fig.start), fig.start):
        return "VN", "Việt Nam", None  # "Năm 2024, Bộ đặt mục tiêu 80% dịch vụ công …": a ministry's goal is the nation's
    if "theo " in ctx.folded[sent_start:sent_start + 8] and _no_province_after(
            ctx, _NATIONAL_NORM_OPENER.match(ctx.folded, sent_start, fig.start), fig.start):
        return "VN", "Việt Nam", None  # "Theo Đề án 06 của Chính phủ, đến năm 2025, 100% người dân …": the nation's goal
    left = ctx.folded[lo:fig.start]
    national = None
    for national in NATIONAL_WORDS.finditer(left):
        pass
    if national is not None and _STANDING_IN.search(ctx.folded, max(sent_start, lo - 30), lo + national.start()):
        national = None  # "Đà Nẵng dẫn đầu cả nước với 0,6598 điểm": the nation is the field, not the scope
    if national is None:
        national = _average_of_provinces(left)
        if national is not None and _REGION_AFTER.match(left, national.end()):
            national = None  # "bình quân các tỉnh vùng Tây Bắc": a region's (read below)
        near = ctx.folded[max(sent_start, lo - 40):lo + 8]
        if national is None and ("34 tỉnh" in near or "63 tỉnh" in near):
            # "Điểm trung bình của 34 tỉnh, thành phố đạt 0,5768": the count of provinces cuts the
            # figure's window; the average named before it is still the figure's scope
            average = _average_of_provinces(ctx.folded, max(sent_start, lo - 40), fig.start)
            if average is not None and not ctx.mentions_in(average.end(), fig.start) \
                    and not _REGION_AFTER.match(ctx.folded, average.end()):
                return "VN", "Việt Nam", None
    if national is None and unit != "rank" and (ctx.folded.find("cả nước", fig.end, min(hi, fig.end + 40)) >= 0
                                                or ctx.folded.find("toàn quốc", fig.end, min(hi, fig.end + 40)) >= 0):
        after = _NATION_AFTER_NOUN.match(ctx.folded, fig.end, hi)
        if after is not None and not _PREDICATE_OR_COMPARISON.search(ctx.folded, fig.end, after.start(1)) \
                and not ctx.mentions_in(fig.end, after.start(1)):
            return "VN", "Việt Nam", None  # "100% thôn, bản trên cả nước được phủ sóng …": the nation's villages
    # "yêu cầu cấp Quốc gia và của tỉnh là 50%": the province states it too.
    if (unit != "rank" and national is not None and not _RANK_WORD_BEFORE.search(left)
            and not _AND_PROVINCE.search(left[national.end():])
            and not OF_THE_PROVINCE.match(left, national.end())):
        return "VN", "Việt Nam", None
    if "bộ, ngành" in left:
        if _MINISTRIES_AND_LOCALITIES.search(left):
            return "VN", "Việt Nam", None  # "hồ sơ trực tuyến của các bộ, ngành, địa phương đạt 50%": the whole state's
        if _MINISTRIES_ONLY.search(left):
            return None, None, None  # "… của các bộ, ngành đạt 62%": the central ministries', no province's nor the nation's
    if owned_by_provinces(ctx, lo, fig.start):
        return None, None, None
    place, place_end = None, 0
    key = ctx.province_key
    # Places and other provinces named in the figure's own context (or the sentence opener).
    # The opener first, so that names in the figure's own context override it. A decimal
    # comma ("0,6412") does not close an opener.
    opener = _OPENER_COMMA.search(ctx.text, sent_start, fig.start)
    scopes = [(lo, fig.start), (fig.end, hi)]
    # An opener states no figure: "Bình Dương xếp thứ 4 với 0,61 điểm, trong khi tỉnh
    # xếp thứ 10" opens with a clause of its own, not with a frame for the sentence.
    if opener is not None and opener.start() < fig.start and (
            (_EVENT_OPENER.match(ctx.folded, sent_start, opener.start())
             and _REPORTED_AFTER.search(ctx.folded, opener.end(), fig.start))
            or (_COMPARISON_OPENER.match(ctx.folded, sent_start, opener.start())
                and not _WHERE_CLAUSE.match(ctx.folded, ctx.folded.rfind(",", sent_start, fig.start) + 1, fig.start))):
        # "Tại Hội nghị … tổ chức ở thành phố Thanh Hóa, Sở cho biết 98% thôn …": where a meeting was held
        # frames no figure reported at it; "So với Hà Nội, nơi có 5.000 tổ …, tỉnh mới có 1.230 tổ": the
        # province compared with frames only the clause "nơi …" that describes it
        scopes[0] = (max(lo, opener.end()), fig.start)
    elif opener is not None and opener.start() < lo and opener.start() <= first_figure:
        scopes.insert(0, (sent_start, opener.start()))
    spread = False
    area = None  # a former province named as the scope, after the reform: an area inside its successor
    sub_area = None  # "khu vực phía Tây đạt 49%": a part of the province named by its side
    for a, b in scopes:
        pos = a
        while (m := geo.PLACE_RE.search(ctx.folded, pos, b)) is not None:
            pos = m.end()
            if _LIST_OPENER.search(ctx.folded[max(0, m.start() - 8):m.start()]):
                # "các huyện Văn Bàn, Bảo Yên": a list, not the figure's subject; but
                # "Ở các huyện miền núi như ..., còn 27 thôn": the figure is about those places.
                located = _LOCATED_IN_LIST.search(ctx.folded, max(0, m.start() - 24), m.start())
                if located is not None and b != hi:
                    place = _list_place(ctx, located.start(1), m)
                elif not geo.place_name(ctx.text, m):
                    pos = m.start(2)  # "5 thôn sóng yếu tại huyện Tánh Linh": the counted noun names no list
                continue
            name = geo.place_name(ctx.text, m)
            if not name:
                if _OF_A_UNIT.match(ctx.folded, m.start(2)):
                    pos = m.start(2)  # "100% thôn của huyện Krông Bông": no name after "thôn"; "huyện" has one
                continue
            if b == hi and not _LOCATIVE.search(ctx.folded[max(0, m.start() - 14):m.start()]) \
                    and not _owned_by_place(ctx.folded[fig.end:m.start()]):
                continue  # after the figure only "tại huyện X" or "hộ dân xã X" scopes it (a city too:
                # "Hà Nội dẫn đầu với 0,7215 điểm, tiếp theo là … Thành phố Hồ Chí Minh (0,7045 điểm)")
            # (where the name ends in the text: "huyện đảo Phú Quý" is named "huyện Phú Quý")
            name_end = m.start(2) + len(name) - len(m.group(1)) - 1
            city = geo.municipality_key(m, name, ctx.published)
            if city:
                key, area = city, _former_province_named(ctx, city, m.start(), m.start() + len(name))
                continue  # "thành phố Đà Nẵng": the province itself
            if b == hi and (_where_most_are(ctx, fig.end, m.start())
                            or _ANOTHER_PLACE_AFTER.match(ctx.folded, name_end)):
                # "19 thôn chưa có sóng, chủ yếu thuộc huyện A và huyện B": where most of them are,
                # or several places sharing the figure, do not make it any one place's.
                spread = True
                break
            if place is not None and ((between := ctx.folded[place_end:m.start()]) in (", ", " - ", " (")
                                      or (between.startswith(" (") and ")" not in between)):
                # "Phường 7, Quận 5", "xã Y, huyện Z": an address, the smallest unit first; "xã Ba Bể
                # (trước đây thuộc huyện Ba Bể cũ)": an aside on the place named
                continue
            place, place_end = name, name_end
        if place is None and not spread:
            place = _unit_less_place(ctx, a, b, fig.start, b != hi)
        if b == hi:
            continue
        if place is None and ctx.names_a_side and ctx.folded.find("phía", a, b) >= 0:
            for sub_area in _SUB_AREA.finditer(ctx.folded, a, b):
                pass
        if place is None and sub_area is None:
            sub_area = _area_of_a_kind(ctx, a, b)
        # Other provinces named before the figure (not after: "..., cao hơn Lào Cai").
        for pm in ctx.mentions_between(a, b):
            if names_province(ctx, pm):
                key = pm.match_key
                area = _former_province(ctx, pm) or _absorbed_province_as_subject(ctx, pm)
    if key == ctx.province_key and (ctx.folded.find(" này", sent_start, fig.start) >= 0
                                    or ctx.folded.find(" nói trên", sent_start, fig.start) >= 0) \
            and _THIS_PROVINCE.search(ctx.folded, sent_start, fig.start) and not ctx.mentions_in(sent_start, fig.start):
        key = _province_just_named(ctx, sent_start) or key
    if unit in ("rank", "score"):
        near = max(sent_start, fig.start - 120)
        department = _RANKED_DEPARTMENT.search(ctx.text, near, fig.start) if place is None and any(
            ctx.text.find(word, near, fig.start) >= 0 for word in _DEPARTMENT_WORDS) else None
        if department is not None:
            # "Ở khối sở, ngành, Sở Thông tin và Truyền thông đứng đầu với 0,7245 điểm": a department's
            # own index, not the province's (its name stands as the figure's place, like an operator's)
            place = department.group(1)
        # "Đứng thứ 2 là Quảng Ninh": the ranked province follows the rank.
        subject = _RANKED_SUBJECT.match(ctx.folded, fig.end, hi)
        if subject is not None:
            i = bisect_left(ctx.mention_starts, subject.end())
            if i < len(ctx.mentions) and ctx.mentions[i].start == subject.end():
                key = ctx.mentions[i].match_key
                area = _former_province(ctx, ctx.mentions[i])
            elif (named := geo.PLACE_RE.match(ctx.folded, subject.start(1))) is not None:
                # "xếp thứ 2 là thị xã Cửa Lò với 0,5874 điểm": a place inside the province ranked
                name = geo.place_name(ctx.text, named)
                if name and not geo.municipality_key(named, name, ctx.published):
                    place = name
    if place is not None and place_end and ctx.folded.find("tỉnh", place_end, fig.start) >= 0 \
            and (wide := _WHOLE_PROVINCE_NAMED.search(ctx.folded, place_end, fig.start)) is not None \
            and not _WHOLE_COMPARED_BEFORE.search(ctx.folded, max(place_end, wide.start() - 20), wide.start()):
        # "Tại buổi làm việc ở huyện Phước Sơn, lãnh đạo tỉnh cho biết tỷ lệ … toàn tỉnh đạt 70%": the
        # figure's own words turn to the whole province after the place (not "cao hơn bình quân toàn tỉnh")
        place = None
    if place is not None and place_end and ctx.folded.find("của", place_end, fig.start) >= 0 \
            and _RATE_OF_THE_PROVINCE.search(ctx.folded, max(place_end, fig.start - 100), fig.start) is not None:
        # "Từ huyện Mường Tè, …, nâng tỷ lệ thôn có sóng 4G của tỉnh lên 97%": the rate the figure states is
        # the province's by its own noun phrase (right before its verb), whatever place the sentence set out from
        place = None
    if place is None and area is None and ctx.system == "34" and _is_document_province(ctx, key):
        area = _former_province_about(ctx, sent_start, fig.start)
    if place is None and sub_area is None and not spread and (
            unit == "percent" or (ctx.folded.find("trong ", sent_start, fig.start) >= 0
                                  and _WHOLE_STATED_BEFORE.search(ctx.folded, sent_start, fig.start))):
        # "85% diện tích khu dân cư nội thành": the share's own noun phrase after it names the area (a count
        # of "thôn vùng cao" may be all the province has of them, unless it is a part of a whole stated before
        # it: "Trong 52 thôn chưa có sóng 4G, có 38 thôn thuộc các huyện miền núi")
        phrase_end = _PHRASE_BREAK.search(ctx.folded, fig.end, min(hi, fig.end + 60))
        phrase_end = phrase_end.start() if phrase_end else min(hi, fig.end + 60)
        sub_area = _area_of_a_kind(ctx, fig.end, phrase_end, subject=False)
    if place is None and area is None and sub_area is not None:
        place = ctx.text[sub_area.start():sub_area.end()]
    return _resolved(ctx, key, place if place is not None else area)


def _is_document_province(ctx: _Context, key: str | None) -> bool:
    """Whether a mention's key names the document's province, alias or not ("TP.HCM" in an article keyed "ho chi minh")."""
    return key == ctx.province_key or (key is not None and ctx.province_code is not None
                                       and _resolved(ctx, key)[0] == ctx.province_code)


def _former_province_about(ctx: _Context, sent_start: int, fig_start: int) -> str | None:
    """The former province (an area of a merged one) a figure's sentence or clause is about, when the figure's own
    window named none."""
    area = None
    if ctx.folded.find("cũ", sent_start, fig_start) >= 0:
        semi = ctx.folded.rfind(";", sent_start, fig_start)
        if semi >= 0 and _clause_names_one(ctx, semi, fig_start):
            # "…; khu vực Tây Ninh (cũ) có 36 xã, phường, đạt 86,8%": a former province opening the clause after a
            # semicolon is the place of that clause's figures
            opening = _mention_opening(ctx, semi + 1)
            if opening is not None and _FORMER.match(ctx.folded, opening.end):
                area = _former_province(ctx, opening)
        elif (opening := _mention_opening(ctx, sent_start)) is not None:
            # "Khu vực Bình Dương (cũ) có 36 xã, phường với tỷ lệ … 81,4%": a former province opening the
            # sentence as its subject is the place of its figures, past the first one's window (and past a
            # semicolon whose clause names no one: "…(cũ) có 1,21 triệu tài khoản …; 89,7% người trưởng thành …")
            area = _former_province(ctx, opening)
        else:
            # "Theo Trung tâm …, trong quý III/2025, khu vực Ninh Thuận (cũ) tiếp nhận 48.230 hồ sơ, tỷ lệ … đạt
            # 88,6%": the area opens the clause after the sentence's openers, the last province named before the figure
            named = ctx.mentions_between(sent_start, fig_start)
            if named and _AREA_CLAUSE_LEAD.search(ctx.folded, max(sent_start, named[-1].start - 30), named[-1].start) \
                    and _FORMER.match(ctx.folded, named[-1].end) \
                    and not PROVINCE_WIDE.search(ctx.folded, named[-1].end, fig_start):  # ("… mức chung của toàn tỉnh (84,2%)")
                area = _former_province(ctx, named[-1])
    if area is None and _THIS_AREA.search(ctx.folded, sent_start, fig_start) \
            and not PROVINCE_WIDE.search(ctx.folded, sent_start, fig_start):
        # "… tại khu vực tỉnh Bắc Kạn cũ. Theo báo cáo, khu vực này hiện còn 142 thôn …": the last province named
        # as a former one just before ("khu vực Sóc Trăng (cũ) thuộc thành phố Cần Thơ …"); not when the sentence
        # names the whole province ("Toàn tỉnh có 96 xã, phường; các xã, phường này …")
        i = bisect_left(ctx.mention_starts, sent_start)
        for pm in reversed(ctx.mentions[max(0, i - 3):i]):
            if sent_start - pm.start > 300:
                break
            area = _former_province(ctx, pm)
            if area is not None:
                break
    return area


def _mention_opening(ctx: _Context, start: int):
    """The province mention that opens text[start:] after "khu vực", "tỉnh" and the like, if any."""
    lead = _AREA_LEAD.match(ctx.folded, start)
    i = bisect_left(ctx.mention_starts, lead.end())
    return ctx.mentions[i] if i < len(ctx.mentions) and ctx.mentions[i].start == lead.end() else None


def _clause_names_one(ctx: _Context, semi: int, fig_start: int) -> bool:
    """Whether the clause after a semicolon names a province, a place or the whole province of its own."""
    return bool(ctx.mentions_in(semi, fig_start) or PROVINCE_WIDE.search(ctx.folded, semi, fig_start)
                or geo.PLACE_RE.search(ctx.folded, semi, fig_start))


_THIS_AREA = re.compile(r"(?<!\w)(?:khu vực|địa bàn|vùng|các (?:xã|phường)(?:,\s*(?:xã|phường|thị trấn|đặc khu))*) (?:này|nói trên)(?!\w)")


_SUB_AREA = re.compile(r"(?<!\w)(?:khu vực|vùng|địa bàn) phía (?:đông|tây|nam|bắc)(?: (?:nam|bắc))?(?!\w)")
# An area of a kind rather than of a side: "người dân có điện thoại thông minh ở vùng cao", "hộ gia đình nông
# thôn", "xã vùng sâu, vùng xa" — a part of the province's people or units, whose share is not the province's
_AREA_KIND_WORDS = ("vùng ", "khu vực ", "nông thôn", "thành thị", "nội thành", "ngoại thành", "miền núi", "đồng bằng",
                    "ven biển", "biên giới", "khó khăn")
_AREA_OF_KIND = re.compile(r"(?<!\w)(?:(?:vùng|khu vực|địa bàn) (?:cao|núi|miền núi|sâu|đồng bằng|trung du|hải đảo|"
                           r"đồng bào(?: dân tộc(?: thiểu số)?)?|"
                           r"dân tộc thiểu số|nông thôn|thành thị|đô thị|biên giới|ven biển|bãi ngang|"
                           r"(?:đặc biệt )?khó khăn)(?:, vùng (?:xa|sâu))?|nông thôn(?! mới)|thành thị|nội thành|ngoại thành|"
                           # ("Các huyện miền núi có 85% thôn …, các huyện đồng bằng đạt 100%": units of a kind)
                           r"(?<=các )(?:huyện|xã|thôn|bản|địa phương) (?:miền núi|vùng cao|đồng bằng|ven biển|biên giới|"
                           r"vùng sâu|(?:đặc biệt )?khó khăn))(?!\w)")
# (what stands right before it: a locative or the people or units counted — not "kể cả", "đến", "về")
_AREA_OWNER_BEFORE = re.compile(r"(?<!\w)(?:ở|tại|thuộc|của|trên|xã|thôn|bản|hộ|hộ gia đình|người dân|người|dân cư|"
                                r"dân số|khu dân cư|trường học|học sinh|trong đó|riêng|các)\s+$")
_AREA_INCLUDED_BEFORE = re.compile(r"(?<!\w)(?:kể cả|cả|bao gồm|đến|tới|về|với)\s+(?:ở\s+|tại\s+)?$")


_PHRASE_BREAK = re.compile(r"[,;.:()]")
_COMPARISON_OPENER = re.compile(r"\W*(?:so với|cũng như|giống như|khác với|học tập(?: kinh nghiệm| mô hình)?(?: của)?|"
                                r"theo kinh nghiệm(?: của)?|noi gương)(?!\w)")
_WHERE_CLAUSE = re.compile(r"\s*nơi(?!\w)")
_EVENT_OPENER = re.compile(r"\W*(?:tại|trong|phát biểu tại|báo cáo tại)\s+(?:các\s+)?(?:hội nghị|hội thảo|buổi làm việc|"
                           r"buổi tiếp|lễ|phiên họp|cuộc họp|diễn đàn|kỳ họp|chương trình|sự kiện)(?!\w)")
_REPORTED_AFTER = re.compile(r"(?<!\w)(?:cho biết|báo cáo|thông tin|thông báo|nhấn mạnh|khẳng định|nêu rõ|chia sẻ)(?!\w)")
# "nâng tỷ lệ thôn có sóng 4G của tỉnh lên 97%": "của tỉnh" inside the rate's own noun phrase, right before its verb
_RATE_OF_THE_PROVINCE = re.compile(r"tỷ lệ(?:[^,;.\d()]|\d(?=g\b)){0,60}? của (?:toàn |cả )?tỉnh(?:\s+(?:đã|chỉ|mới|cũng|hiện))?"
                                   r"\s+(?:lên|đạt|là|ở mức|tăng lên)(?:\s+(?:mức|khoảng|gần|hơn|trên))*\s*$")
# (not "của tỉnh", which so often describes the place: "địa phương đầu tiên của tỉnh", "xã xa nhất của tỉnh")
_WHOLE_PROVINCE_NAMED = re.compile(r"(?<!đầu )(?<!nhất )(?:toàn tỉnh|cả tỉnh|toàn thành phố|trên địa bàn tỉnh)(?!\w)")
_WHOLE_COMPARED_BEFORE = re.compile(r"(?:bình quân|trung bình|chung|so với|hơn|mức|với)(?:\s+(?:của|chung))?\s*$")
_WHOLE_STATED_BEFORE = re.compile(r"(?<!\w)trong (?:tổng số |số )?\d[\d.,]*\s+[^\W\d]")


def _area_of_a_kind(ctx: _Context, a: int, b: int, subject: bool = True) -> re.Match | None:
    """The last area of a kind ("vùng cao") that text[a:b] restricts its figure's people or units to
    (with ``subject``, also an area standing as its clause's subject)."""
    if not any(ctx.folded.find(w, a, b) >= 0 for w in _AREA_KIND_WORDS):
        return None  # (most windows name no such area: the cheap test first)
    area = None
    for m in _AREA_OF_KIND.finditer(ctx.folded, a, b):
        before = ctx.folded[max(a, m.start() - 24):m.start()]
        if (subject and (before.rstrip()[-1:] in ("", ",", ";") or _PART_OPENS.search(before))) or (
                # ("…, khu vực nông thôn đạt 68%", "…, trong đó khu vực đồng bằng đạt 100%")
                _AREA_OWNER_BEFORE.search(before) and not _AREA_INCLUDED_BEFORE.search(before)):
            area = m
    return area


_PART_OPENS = re.compile(r"(?:trong đó|riêng|còn)\s*,?\s*$")
# (", khu vực X (cũ) tiếp nhận …", "36 xã, phường thuộc khu vực X (cũ) tiếp nhận …")
_AREA_CLAUSE_LEAD = re.compile(r"(?:,\s+|(?<!\w)(?:thuộc|của)\s+)(?:khu vực|địa bàn)\s+(?:tỉnh\s+)?$")
_AREA_LEAD = re.compile(r"\W*(?:(?:khu vực|địa bàn)\s+)?(?:tỉnh\s+|thành phố\s+)?")
_FORMER = re.compile(r"\s*(?:\(\s*cũ\s*\)|cũ(?!\w))")
_PROVINCE_UNIT_BEFORE = re.compile(r"(?:tỉnh|thành phố)\s+$")


def _former_province(ctx: _Context, mention) -> str | None:
    return _former_province_named(ctx, mention.match_key, mention.start, mention.end)


# "Yên Bái xếp thứ 28/63", "… của Yên Bái đạt 0,52 điểm": the name stands as its figure's subject
_SUBJECT_PREDICATE_AFTER = re.compile(r"\s+(?:(?:chỉ|mới|cũng|vẫn|đã)\s+)?(?:xếp|đứng|đạt|có|là|chiếm)(?!\w)|"
                                      r"\s+(?=\d)")  # (or the predicate elided: "…, tỉnh Tây Ninh 78,9%")
# "Sau khi hợp nhất với tỉnh Yên Bái, …": the merger named, not an area as the subject
_MERGED_WITH_BEFORE = re.compile(r"(?:hợp nhất|sáp nhập|sắp xếp|nhập)(?:\s+(?:với|từ|cùng))?(?:\s+(?:tỉnh|thành phố))?\s*$")


# "Trước sáp nhập, tỉnh Long An có …, tỉnh Tây Ninh …": the provinces as they were, the kept name too
_BEFORE_THE_MERGER = re.compile(r"trước (?:khi |thời điểm )?(?:sáp nhập|hợp nhất|sắp xếp)[^.;\n]*$")


def _absorbed_province_as_subject(ctx: _Context, mention) -> str | None:
    """"Năm 2024, Lào Cai (cũ) xếp thứ 21/63, Yên Bái xếp thứ 28/63" after the reform: a province whose
    name did not survive it ("Yên Bái", now in Lào Cai), standing as a figure's subject, is the area it
    became, even unmarked by "cũ": its figure is not its successor's. A name the merged province kept
    ("Lào Cai") still needs "cũ" to mean the old part."""
    key = mention.match_key
    if ctx.system != "34" or not geo.part_of_a_merger(key, ctx.published) \
            or (geo.successor_key(key, ctx.published) == key
                and not _BEFORE_THE_MERGER.search(ctx.folded, max(0, mention.start - 120), mention.start)) \
            or not _SUBJECT_PREDICATE_AFTER.match(ctx.folded, mention.end) \
            or _MERGED_WITH_BEFORE.search(ctx.folded, max(0, mention.start - 30), mention.start):
        return None
    unit = _PROVINCE_UNIT_BEFORE.search(ctx.folded, max(0, mention.start - 11), mention.start)
    return ctx.text[mention.start - len(unit.group(0)) if unit else mention.start:mention.end]


def _former_province_named(ctx: _Context, key: str, start: int, end: int) -> str | None:
    """"tỉnh Sóc Trăng (cũ)" in an article after the 2025 reform: the former province is an area of
    the merged one, the figure's place (as written, with its unit word and "cũ") — also when the
    merged province kept its name ("khu vực tỉnh An Giang cũ" inside today's An Giang); None for a
    province that was not merged (or any name before the reform). Only a name marked "cũ" is read
    so: "Sau khi hợp nhất với tỉnh Sóc Trăng, ..." frames the sentence."""
    former = _FORMER.match(ctx.folded, end)
    if former is None or not geo.part_of_a_merger(key, ctx.published):
        return None
    unit = _PROVINCE_UNIT_BEFORE.search(ctx.folded, max(0, start - 11), start)
    return ctx.text[start - len(unit.group(0)) if unit else start:former.end()]


def _province_just_named(ctx: _Context, sent_start: int) -> str | None:
    """The province "tỉnh này" points back to: the last one named (as a province, not a city
    inside one) in the text just before the sentence."""
    i = bisect_left(ctx.mention_starts, sent_start)
    for pm in reversed(ctx.mentions[max(0, i - 3):i]):
        if sent_start - pm.start > 300:
            return None
        if names_province(ctx, pm):
            return pm.match_key
    return None


def _where_most_are(ctx: _Context, lo: int, name_start: int) -> bool:
    """"chủ yếu thuộc huyện A", "tập trung ở Phú Quốc": a place named after such words (in
    text[lo:], within 60 characters) is where most of the figure lies, not whose it is."""
    return _MOSTLY_BEFORE.search(ctx.folded, max(lo, name_start - 60), name_start) is not None


def _unit_less_place(ctx: _Context, a: int, b: int, fig_start: int, before_figure: bool) -> str | None:
    """A place named without its unit word in text[a:b]: the later of a name after tại/ở/của
    and (before the figure only) one of the province's districts; the district list's form
    ("huyện Lục Yên") when both read the same name."""
    located = _located_name(ctx, a, b)
    if located is not None and not before_figure and _where_most_are(ctx, a, located[0]):
        located = None  # "35 trạm 5G, tập trung ở Phú Quốc và Rạch Giá"
    district = _district_named(ctx, a, b, fig_start) if before_figure else None
    if located is not None and (district is None or located[0] > district[0]):
        i = bisect_left(ctx.district_starts, located[0])
        same = i < len(ctx.districts) and ctx.district_starts[i] == located[0]
        return ctx.districts[i][2] if same else located[1]
    return district[1] if district else None


_FACILITY_BEFORE = re.compile(r"(?<!\w)(?:chợ|bệnh viện|trường|cảng|bến xe|sân bay|ga|khu công nghiệp|cụm công nghiệp|"
                              r"khu du lịch|nhà văn hóa|bưu điện|trung tâm y tế)\s+(?:đầu mối\s+|dân lập\s+)?$")


# A facility's word after "tại/ở/của", before its name ("tại chợ Đông Ba", "ở Bệnh viện Đa khoa …")
_FACILITY_AT = re.compile(r"(?:chợ|bệnh viện|cảng|bến xe|sân bay|khu công nghiệp|cụm công nghiệp|khu du lịch|"
                          r"trung tâm thương mại|siêu thị)\s+(?:đầu mối\s+)?(?=\w)")


def _district_named(ctx: _Context, a: int, b: int, fig_start: int) -> tuple[int, str] | None:
    """"Năm 2024, Bảo Thắng có 98% thôn ...", "... trong đó Mường Khương đạt 92%": the last of
    the document province's districts named without its unit in text[a:b] (start, name with
    unit), unless the text between it and the figure turns to the whole province ("Sau Bảo
    Thắng, toàn tỉnh ...")."""
    i = bisect_left(ctx.district_starts, b) - 1
    if i < 0 or ctx.district_starts[i] < a:
        return None
    start, end, name = ctx.districts[i]
    if PROVINCE_WIDE.search(ctx.folded, end, fig_start):
        return None
    facility = _FACILITY_BEFORE.search(ctx.folded, max(0, start - 24), start)
    if facility is not None:
        # "Tại chợ Mỹ Tho, có 320/410 tiểu thương …": a market (school, hospital, park) of that name, not the city
        return facility.start(), ctx.text[facility.start():end]
    names = [name]
    # "Nghĩa Lộ, Yên Bình và Lục Yên đạt 100% ...": a list of districts shares the figure
    while i > 0 and ctx.district_starts[i - 1] >= a and ctx.folded[ctx.districts[i - 1][1]:start] in (", ", " và "):
        i -= 1
        start, _, name = ctx.districts[i]
        names.insert(0, name)
    return start, ", ".join(names)


def _located_name(ctx: _Context, a: int, b: int) -> tuple[int, str] | None:
    """"tỷ lệ hồ sơ trực tuyến tại Sa Pa đạt 95%" (or "của Lục Yên"): the last capitalised name
    after "tại/ở/của" (or after a ranking's "là": "dẫn đầu là Sầm Sơn với 89,2%; thấp nhất là
    Mường Lát") in text[a:b] that is no province and no institution: a place named without
    its unit word.
    The words are found with str.find (a pattern scan would stop at every "t")."""
    found = None
    for word in ("tại ", "ở ", "của ", "là "):
        pos = ctx.folded.find(word, a, b)
        while pos >= 0:
            if (pos == 0 or not ctx.folded[pos - 1].isalnum()) \
                    and (word != "là " or ctx.folded.endswith(_RANKING_BEFORE_LA, 0, pos)):
                at = pos + len(word)
                facility = _FACILITY_AT.match(ctx.folded, at, b) if word != "là " else None
                m = _NAME_AFTER_LOCATIVE.match(ctx.text, facility.end() if facility else at, b)
                if m is not None and not names_no_place(m.group(1)) \
                        and not ctx.mentions_in(m.start(1), m.start(1) + 1) \
                        and (found is None or m.start(1) > found[0]):
                    # "90% tiểu thương tại chợ Đông Ba": the market's share, named with its word
                    found = (at, ctx.text[at:m.end(1)]) if facility else (m.start(1), m.group(1))
            pos = ctx.folded.find(word, pos + 1, b)
    return found


def _owned_by_place(between: str) -> bool:
    """"100% hộ dân xã Vĩnh Hanh": the counted noun (a few words, no verb, no comma) is
    directly followed by the place it belongs to."""
    words = between.split()
    return 0 < len(words) <= 4 and "," not in between and not any(w in _NOT_NOUN_WORDS for w in words)


# Words that end a list's own words: what the sentence goes on to say of it ("tại các thôn đạt 95%": a verb)
_LIST_PLACE_STOPS = frozenset("như gồm là có đã vẫn còn được với và đạt chiếm chỉ mới chưa lên tăng giảm trên dưới "
                              "khoảng gần hơn ở tại thì cũng đều".split())


def _list_place(ctx: _Context, start: int, m: re.Match) -> str | None:
    """"các huyện miền núi" from "ở các huyện miền núi như Nam Trà My, Tây Giang": the
    list's own words, up to the names it gives."""
    words = ctx.text[start:m.end(1)].split()
    unit_only = len(words)
    for w in ctx.text[m.end(1):m.end()].split():
        if not w[:1].islower() or w.lower() in _LIST_PLACE_STOPS:
            break
        words.append(w.rstrip(","))
        if w.endswith(","):
            break
    # "tổ công nghệ số ở các xóm với 58 thành viên": every unit of a kind is a level, no place
    return " ".join(words) if len(words) > unit_only else None


def title_place(ctx) -> str | None:
    """The place a feature article is about, named in its title ("Hậu Giang: Thị xã Long Mỹ
    về đích sớm ..."): the default scope of its figures that name no place or province
    of their own. None when the title names several places or the whole province."""
    if ctx.unit_letterhead is not None:
        return ctx.unit_letterhead  # a district's (or commune's) own document, under its letterhead
    # "Viettel Nghệ An phủ sóng 5G ...", "Mường Khương: ...": a named subject that is no province
    colon = ctx.text.find(":", 0, ctx.title_end)
    for start in (0, colon + 1) if colon > 0 else (0,):  # "Quảng Bình: Bố Trạch đi đầu ..."
        named = enterprise_subject(ctx.text, start, ctx.title_end) or _name_if_not_province(
            ctx, _TITLE_NAMED_SUBJECT.match(ctx.text, start, ctx.title_end))
        if named:
            # "Mộc Châu đẩy mạnh …": a district of the province named without its unit is named with it, so
            # the article's figures carry the same place as those its body names "huyện Mộc Châu"
            return geo.district_of_province(named, ctx.province_key, ctx.published) or named
    one_word = _TITLE_ONE_WORD_SUBJECT.match(ctx.text, 0, ctx.title_end)
    if one_word is not None and not ctx.mentions_in(one_word.start(1), one_word.start(1) + 1):
        # ("Huế: …" in 2025 names the centrally-run city, the province itself, not its former city)
        district = geo.district_of_province(one_word.group(1), ctx.province_key, ctx.published)
        if district is not None:
            return district
    if _TITLE_PROVINCE_WIDE.search(ctx.folded, 0, ctx.title_end):
        # ("Xã Thanh Long (Tây Ninh) – điểm sáng chuyển đổi số cấp xã": a title that opens with a
        # named unit is about it, whatever level it compares it at)
        opening = geo.PLACE_RE.match(ctx.folded, 0, ctx.title_end)
        name = geo.place_name(ctx.text, opening) if opening else None
        return name if name and not geo.municipality_key(opening, name, ctx.published) else None
    places = set()
    for m in geo.PLACE_RE.finditer(ctx.folded, 0, ctx.title_end):
        if _LIST_OPENER.search(ctx.folded[max(0, m.start() - 8):m.start()]):
            return None
        name = geo.place_name(ctx.text, m)
        if name and not geo.municipality_key(m, name, ctx.published):
            places.add(name)
    return places.pop() if len(places) == 1 else None


def scope_of_cell(ctx: _Context, span: tuple[int, int], dim) -> tuple[str | None, str | None, str | None]:
    """(province_code, province_name, place) a table cell's dimension names: a place ("Huyện
    Đắk Mil"), a province (a regional table), or the document's province for "Toàn tỉnh", a
    year or a plan/result column; a district of the province named without its unit word is a
    place too. (None, None, None) for any other label: an unknown name may be a commune or a
    district the gazetteer lacks, and is never read as the province."""
    a, b = span
    m = geo.PLACE_RE.match(ctx.folded, a, b)
    key = ctx.province_key
    if m is not None:
        name = geo.place_name(ctx.text, m)
        city = geo.municipality_key(m, name, ctx.published) if name else None
        if name and not city:
            return _resolved(ctx, key, name)
        key = city or key
    elif ctx.mentions_in(a, b):
        key = ctx.mentions[bisect_left(ctx.mention_starts, a)].match_key
    elif (district := _district_named(ctx, a, b, b)) is not None:
        return _resolved(ctx, key, district[1])  # "Bảo Thắng": a district of the province, without its unit
    elif not (dim.place_wide or dim.neutral or dim.year or dim.kind):
        return None, None, None
    return _resolved(ctx, key)


def _resolved(ctx: _Context, key: str | None, place: str | None = None) -> tuple[str | None, str | None, str | None]:
    """(code, name, place) of a province match key in the list in force on the article's date."""
    if key is None:
        return None, None, place
    if key == NATIONAL:
        district = geo.district_of_place(place) if place else None
        if district is None:
            return "VN", "Việt Nam", place
        # "Huyện Mường Tè còn 45 bản chưa có sóng" in a national article: the district's own province (the only
        # district in the country by that name), not the nation
        key = geo.province_key_of_code(district.province_code)
        if key is None:
            return "VN", "Việt Nam", place
    prov = geo.resolve(key, ctx.published)
    return (prov.code, prov.name, place) if prov else (None, None, place)


# (bulleted or numbered: "1. Thành phố Sóc Trăng: 92,1%")
_LABELLED_ITEM = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)])[ \t]*([^:\n\d]{2,40}?)[ \t]*:[ \t]*")


def labelled_item_place(ctx: _Context, fig_start: int) -> str | None:
    """"+ Thành phố Phủ Lý: 95%" or "+ Duy Tiên: 85%" in a list under "- Tỷ lệ hồ sơ được số
    hóa: 88%": the place a list item's label names (a unit and name, or a capitalised name
    that is no province or institution), else None."""
    line_start = ctx.text.rfind("\n", 0, fig_start) + 1
    m = _LABELLED_ITEM.fullmatch(ctx.text, line_start, fig_start)
    if m is None:
        return None
    a, b = m.span(1)
    pm = geo.PLACE_RE.match(ctx.folded, a, b)
    if pm is not None:
        name = geo.place_name(ctx.text, pm)
        return None if not name or geo.municipality_key(pm, name, ctx.published) else name
    if _NAME_IN_LIST.fullmatch(ctx.text, a, b) and not names_no_place(ctx.text[a:b]) \
            and not ctx.mentions_in(a, b):
        return ctx.text[a:b]
    return None


LIST_SEPARATORS = (", ", " và ", ", và ")


# ("thành phố A và các huyện B, C"; a former province named again as an area: "khu vực Đà Nẵng cũ và khu vực
# Quảng Nam cũ")
_UNIT_LIST_GAPS = LIST_SEPARATORS + (" và các ", ", các ", " và khu vực ", ", khu vực ")
_BARE_NAME_AFTER = re.compile(r"(, | và |, và )((?:[^\W\d_]+ ){0,3}[^\W\d_]+)")


# "các huyện", "ba huyện", "3 huyện" before a list of bare names
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|\d{1,2})\s+$")


def listed_units(ctx: _Context, a: int, b: int) -> list[tuple[str | None, str | None, str | None]]:
    """The scopes of the units listed by name in text[a:b] ("thành phố Tuy Hòa, thị xã Đông Hòa và
    huyện Tây Hòa", "Đà Nẵng, Hà Nội và Quảng Ninh"), in order: places inside the document's province
    or provinces. Empty unless two or more are named and only list separators stand between them."""
    found = []  # (start, end, scope)
    pos = a
    while (m := geo.PLACE_RE.search(ctx.folded, pos, b)) is not None:
        name = geo.place_name(ctx.text, m)
        pos = m.start() + max(len(name or ""), 1)
        if name and not geo.municipality_key(m, name, ctx.published):
            found.append((m.start(), pos, _resolved(ctx, ctx.province_key, name)))
            if _PLURAL_BEFORE.search(ctx.folded, max(0, m.start() - 6), m.start()):
                # "các huyện Hàm Yên, Sơn Dương": the plural unit word names the bare names listed after it too
                unit = ctx.text[m.start(1):m.end(1)]
                while (bare := _BARE_NAME_AFTER.match(ctx.text, pos, b)) is not None:
                    words = bare.group(2).split()
                    taken = next((k for k, w in enumerate(words) if not w[0].isupper()), len(words))
                    if not taken:
                        break
                    name_end = bare.start(2) + len(" ".join(words[:taken]))
                    found.append((bare.start(2), name_end, _resolved(ctx, ctx.province_key, f"{unit} {' '.join(words[:taken])}")))
                    pos = name_end
    for pm in ctx.mentions_between(a, b):
        if not any(x <= pm.start < y for x, y, _ in found):
            # ("Khu vực Quảng Bình cũ và Quảng Trị cũ lần lượt …": the former provinces are areas of today's)
            former = _FORMER.match(ctx.folded, pm.end)
            area = _former_province(ctx, pm) if former else None
            found.append((pm.start, former.end() if former else pm.end, _resolved(ctx, pm.match_key, area)))
    found.sort(key=lambda f: f[0])
    if len(found) < 2 or any(ctx.folded[y:x2] not in _UNIT_LIST_GAPS for (_, y, _), (x2, _, _) in zip(found, found[1:])):
        return []
    return [scope for _, _, scope in found]
