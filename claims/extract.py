"""From a document's text to indicator claims.

Flow: normalize → cut the page tail → find figures → for each figure, read its
context window (the words between it and its neighbouring figures, inside its
clause) to decide indicator, kind, level, qualifier, place, province and period.
Every decision is local and deterministic; when the words do not say what a
number measures, the claim keeps ``indicator = None`` or is dropped (precision
first).
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
# (not Counter, whose constructor runs as Python code; the tallies are left unannotated: the compiled build would
# demand an exact dict of a "dict" annotation)
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from importlib import resources

from claims import geo
from claims.boilerplate import excluded_spans
from claims.cues import DTI, GROUP_INDEX, RULES, Rule
from claims.dates import YEAR_RE, date_in_header
from claims.mentions import EXCESS_BEFORE, GOAL_SET_AFTER, Figure, find_figures, word_ranks
from claims.numbers import raw_numbers
from claims.model import Claim, Document
from claims.normalize import UPPER_CLASS, fold, fold_pattern, normalize_text
from claims.prefilter import GuardedPattern
from claims.scope import (LIST_SEPARATORS, NATIONAL, NATIONAL_WORDS, OF_THE_PROVINCE, OPERATORS, PROVINCE_WIDE,
                          anaphoric_place, enterprise_subject, labelled_item_place, listed_units, names_province,
                          owned_by_provinces,
                          province_is_subject, scope_of, scope_of_cell, subject_place, title_place)
from claims.segment import clauses, paragraph_start, sentences
from claims.tables import Cell, is_row, read_dimension, row_figures

WINDOW = 160  # characters of context on each side of a figure

_TARGET_CUE = GuardedPattern(
    r"mục tiêu|phấn đấu|chỉ tiêu|kế hoạch|yêu cầu|đề ra|định hướng|dự kiến|đặt ra|kỳ vọng|"
    r"hướng tới|sẽ(?<!\wsẽ)(?!\w)|có thể (?:đạt|lên|vượt)|cam kết|tầm nhìn|cần đạt|phải đạt|để đạt|để hoàn thành|nhằm đạt|nhằm hoàn thành|(?:đến|trước|tới)(?: hết| cuối)? năm (20\d\d)")
# Phrases that contain a target word but report an achievement.
_NOT_TARGET = GuardedPattern(
    r"(?<!không )(?<!chưa )(?:đạt|vượt|hoàn thành)(?: và vượt| vượt)?(?: các| mức)? (?:chỉ tiêu|kế hoạch|mục tiêu)|"
    r"(?:so|đối chiếu) với (?:chỉ tiêu|kế hoạch|mục tiêu)|đáp ứng(?: được)?(?: các)? (?:yêu cầu|mục tiêu)|"
    r"(?:chỉ tiêu|kế hoạch) (?:được )?giao|"
    r"\d+ (?:mục tiêu|chỉ tiêu)(?:[^.;:\d]{0,40}?\s(?:đã |được )?(?:đề ra|đặt ra))?|"  # "vượt 9/12 chỉ tiêu … đề ra": goals counted
    r"trong số \d+|"
    r"(?:mục tiêu|chỉ tiêu)(?: \w+){0,2} (?:chưa|không|đã) (?:đạt|hoàn thành|vượt)|"  # "3 chỉ tiêu chưa đạt: …": results
    r"chương trình mục tiêu|mục tiêu quốc gia|theo yêu cầu|yêu cầu nhiệm vụ|"
    # "Kết quả thực hiện các chỉ tiêu năm 2024: …": the goals' results, not goals
    r"(?:kết quả|tình hình) (?:thực hiện )?(?:các )?(?:chỉ tiêu|mục tiêu|kế hoạch|nhiệm vụ)|"
    r"(?:tính|ước(?: tính)?) (?:đến|tới)(?: hết| cuối)? năm|"  # "tính/ước đến hết năm 2024": as of, not by
    r"kế hoạch và đầu tư")  # "Sở Kế hoạch và Đầu tư": a department's name
_ACTUAL_AFTER_TARGET = re.compile(r"đến nay|hiện nay|hiện tại|kết quả|đã đạt|đạt được|đã có|đã thực hiện|thực tế|"
                                  r"đã hoàn thành|hoàn thành và vượt|đạt và vượt")
_ESTIMATED_RESULT = re.compile(r"(?<!\w)ước (?:thực hiện|tính)(?: cả năm| năm (?:19|20)\d\d| cả năm (?:19|20)\d\d)?"
                               r"(?: đạt| là)?\s*$")
_QUALIFIER = [
    # Each word must start a word: "cả nước đạt" is not "ước đạt". The tuple holds the last
    # word of every phrase: the text before the figure must end with one of them, an exact
    # test far cheaper than the look-behind search it spares.
    ("approx", re.compile(r"(?<!\w)(?:trên dưới|gần|khoảng|xấp xỉ|ước(?: tính)?(?: đạt| chiếm| có| là| khoảng)?|chừng|"
                          r"hầu hết|tầm)\s*$"),
     ("dưới", "gần", "khoảng", "xỉ", "ước", "tính", "đạt", "chiếm", "có", "là", "chừng", "hết", "tầm")),
    ("at_least", re.compile(r"(?<!\w)(?:(?<!không cao )(?<!không lớn )(?<!không nhiều )hơn|trên|ít nhất|tối thiểu|không dưới|không (?:ít|thấp|nhỏ) hơn|vượt|từ)\s*$"),
     ("hơn", "trên", "nhất", "thiểu", "dưới", "vượt", "từ")),
    ("at_most", re.compile(r"(?<!\w)(?:dưới|chưa đến|chưa tới|chưa đạt|(?:tối đa|không quá)(?: chỉ)?(?: còn)?|không vượt quá|"
                           r"không (?:cao|lớn|nhiều) hơn|"
                           r"chưa đầy)\s*$"),  # ("tối đa còn 10 thôn chưa có sóng")
     ("dưới", "đến", "tới", "đạt", "đa", "quá", "đầy", "còn", "hơn")),
]
# ("cấp xã", "tổ cấp thôn"; a team named with its unit is that unit's: "tổ công nghệ số cộng đồng thôn")
# ("cấp thành phố" in a centrally-run city is the province's level: see _Context.level_of)
_LEVEL_WORDS = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|thôn|bản|xóm|ấp|tổ dân phố)"
# (a district level named by its kinds of unit is one level: "cấp thành phố, cấp quận, huyện và cấp xã")
_LEVEL = re.compile(rf"(?:cấp|tổ công nghệ số(?: cộng đồng)?) ({_LEVEL_WORDS})(?!\w)"
                    r"(?:(?:(?<=quận)|(?<=huyện)|(?<=thị xã))(?:,\s*(?:quận|huyện|thị xã)(?!\w))+)?")
# Units a community digital team belongs to (a district's are the teams of the commune level)
# (a village's name differs by region: "tổ dân phố", "khóm", "buôn", "bon", "plei", "tiểu khu" are villages too)
_VILLAGE_UNITS = r"thôn|bản|xóm|ấp|làng|tổ dân phố|khu phố|khóm|buôn|bon|plei|plơi|tiểu khu"
_TEAM_UNITS = rf"xã|phường|thị trấn|{_VILLAGE_UNITS}"
# ("ở các xã", "ở 100% xã", "ở 8 phường", "tại 125/125 xã")
_TEAMS_AT_UNITS_AFTER = re.compile(rf"\s+tổ\b[^.;,\d]{{0,40}}?\s(?:của|tại|ở)\s(?:các\s|100%\s|[\d.]+(?:/[\d.]+)?\s)?"
                                   rf"({_TEAM_UNITS})(?!\w)")
_UNITS_COUNTED = re.compile(r"\s(\d[\d.]*)(?:/[\d.]+)?\s[^\d]*$")  # "tại 94/94 xã": 94 units
_MORE_TEAM_UNITS = re.compile(rf"\s*(?:,|và|,\s*và)\s+(?:các\s|[\d.]+(?:/[\d.]+)?\s)?({_TEAM_UNITS}|khu vực)(?!\w)")
# ("Tổ công nghệ số cộng đồng đã được thành lập tại 100% xã, phường")
_TEAM_OF_UNIT = re.compile(rf"\btổ\b[^.;,\d]{{0,50}}?\s(?:của|tại|ở)\s(?:các\s|100%\s|[\d.]+(?:/[\d.]+)?\s)?"
                           rf"({_TEAM_UNITS}|huyện)(?!\w)")
# "… của xã", "… tại phường" with no count or "các" before the unit: one unit's own teams
_ONE_UNITS_TEAMS = tuple(f"{w} {u}" for w in ("của", "tại", "ở") for u in ("xã", "phường", "thị trấn", "huyện"))
_TEAMS_COUNTED = re.compile(r"(?<![\d.,])(\d[\d.]*)\s+tổ\b")
# More communes than any province has (Hà Nội had 579 before the 2025 reform; after it, Hồ Chí
# Minh City has 168): a count of teams above it is not one team per commune.
_MOST_COMMUNES = {"63": 600, "34": 200}
_BARE_LEVEL_PART = re.compile(r"(tỉnh|huyện|xã|thôn)")
_LEVEL_JOIN = re.compile(r"[\s,]*(?:và|,)?[\s,]*")  # between coordinated levels
_LEVEL_INDICATORS = {"records_processed_online", "community_digital_teams", "community_digital_team_members"}
# A line that announces a list of goals: "Kế hoạch đặt ra các chỉ tiêu cụ thể như sau:", "Mục tiêu
# đến năm 2025:". ("chỉ tiêu" alone also means "indicator": "kết quả thực hiện một số chỉ tiêu chủ
# yếu như sau:" lists results, so it counts only as what is set: "đặt ra", "đề ra", "giao".)
# A directive's request list reads the same: "Sở … đề nghị UBND các huyện, thị xã, thành phố:".
_GOALS_LIST_HEAD = re.compile(r"(?:mục tiêu|phấn đấu|định hướng|đề nghị|yêu cầu|(?:đặt ra|đề ra|giao|xác định|với) (?:các |những |một số )?"
                              r"(?:chỉ tiêu|nhiệm vụ))[^:.;\n]{0,80}$")
# The items of such a list: bulleted lines ("- ", "+ ", "• ", "a) ", "1. ")
# A section heading (roman or arabic numeral, "a)", or a resolution's "Điều 1.") naming goals, or
# the course and tasks ahead ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "NHIỆM VỤ, GIẢI
# PHÁP"): its items are what is to be done. A heading on results ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
# starts with other words, and "nhiệm vụ đã …" tells what was done.
_GOALS_HEADING = re.compile(r"[ \t]*(?:[ivx]{1,4}\.|\d{1,2}\.|[a-zđ]\)|điều \d{1,2}\.)?[ \t]*(?:(?:các |những )?(?:mục tiêu|chỉ tiêu)"
                            r"(?: cụ thể| chủ yếu| chung| chính| phát triển)?|(?:phương hướng|nhiệm vụ)(?! đã)(?:[^\n\d:]|\d+ tháng){0,40}?)"
                            r"(?:[^\n\d:]{0,20}năm ((?:19|20)\d\d))?[ \t]*:?[ \t]*")
# (a colon ends it, or it says it is a deadline: "1. Mục tiêu đến năm 2025", "2. Định hướng đến năm 2030")
_DEADLINE_ITEM = re.compile(r"^[ \t]*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])[ \t]+(?=[^\n]*:[ \t]*\n|[^\n\d:]{0,30}?"
                            r"(?:đến|mục tiêu|định hướng|giai đoạn|tầm nhìn)\b)"
                            r"[^\n\d:]{0,30}năm ((?:19|20)\d\d)[ \t]*:?[ \t]*\n", re.MULTILINE)
_COMMA_BREAK = re.compile(r"[,;]\s|\(")  # (a bracket opens an aside: "100% thôn có sóng 4G (hiện còn 35 thôn chưa có …)")
_OWN_FIGURE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:%|[^\W\d])")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])[ \t]")
# Blank (or whitespace-only) lines, as many as there are, at a position
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_COMPARED_WITH = re.compile(r"(?:so|đối chiếu) với\s*$")  # (the words _NOT_TARGET reads before a goal word)
_COLON_TARGET = re.compile(r"(?:mục tiêu|chỉ tiêu|phấn đấu|kế hoạch|định hướng|nhiệm vụ)[^:.;]{0,120}:")
# "Kết quả thực hiện các chỉ tiêu năm 2024: …" introduces results (the colon's goal word is their measure)
_RESULTS_OF = re.compile(r"(?:kết quả|tình hình)(?: thực hiện)?(?: các| những)?\s*$")
# (or "tương ứng" opening the figures: "Số thuê bao di động và … cố định tương ứng đạt 2,1 triệu và 410.000")
_RESPECTIVELY = re.compile(r"lần lượt|(?<!\w)tương ứng(?= (?:là|đạt|với|bằng)\b|\s*:)")
# "năm 2022, 2023 và 2024", "các năm 2022, 2023, 2024": the years a "lần lượt" pairs its figures with
# (a part of the last year among them: "các năm 2022, 2023 và 11 tháng năm 2024")
_YEARS_LISTED = re.compile(r"năm\s+(?:19|20)\d\d(?:\s*(?:,|và|;)\s*(?:\d{1,2} tháng(?: đầu)?\s+)?(?:năm\s+)?(?:19|20)\d\d)+")
_LIST_GOES_ON = re.compile(r";\s*(?:khoảng\s+|gần\s+|hơn\s+)?\d")  # "lần lượt là 0,6540; 0,5218 và 0,5937"
_CORRESPONDINGLY = re.compile(r"(?<!\w)tương ứng(?!\w)")
# "…, với số thành viên tương ứng là …": what each figure before names, counted again
_MEMBERS_TAIL = re.compile(r",\s*(?:với\s+)?((?:tổng\s+)?số\s+[^\W\d][^,;\d]{0,40}?)\s*$")
_ANAPHORA = re.compile(r"\b(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|chỉ tiêu|con số|chỉ số|số lượng) (?:này|nói trên|trên)\b")
# "Một số địa phương có tỷ lệ cao như Bình Dương (85,1%)": the rate just named, compared
# "Tỷ lệ hồ sơ trực tuyến đạt 58,6%. Tuy nhiên, cấp xã mới đạt 41%.": a level alone as the
# subject states the rate just named at that level
# "Tại Quảng Ninh, tỷ lệ này đạt 78,3%. Tỉnh Hà Giang đạt 38,2%, …": a unit named as the whole subject,
# with nothing but "đạt" before its figure, states the rate just named for that unit
# (what may open such a sentence before its subject; _province_named_as_subject reads the same)
_SUBJECT_OPENER = re.compile(r"\W*(?:(?:tuy nhiên|trong khi đó|(?:ở chiều )?ngược lại|còn|riêng)\s*,?\s*)?")
_NAMED_UNIT_AS_SUBJECT = re.compile(_SUBJECT_OPENER.pattern +
                                    # ("Các xã, phường thuộc khu vực Hải Dương (cũ) đạt bình quân 94,1%")
                                    r"(?:các\s+(?:xã|phường|huyện|thị trấn)(?:,\s*(?:xã|phường|thị trấn))*\s+(?:thuộc|của|ở|tại)\s+)?"
                                    # ("TP Thủ Đức đạt 85,2%", "Quận 1 đạt 91,4%")
                                    r"(?:(?:tỉnh|thành phố|tp\.?|tx\.?|huyện|thị xã|quận|xã|phường|đặc khu|khu vực)\s+[^\W\d][^\W\d]*"
                                    r"(?:\s(?:[-–]\s)?[^\W\d]+){0,4}?|(?:quận|phường)\s+\d{1,2})"
                                    r"(?:\s*\(cũ\))?\s+"  # (a merged province's former part: "Khu vực Bình Phước (cũ)")
                                    r"(?:(?:mới|chỉ|cũng|vẫn)\s+)?đạt\s+(?:(?:bình quân|(?:thấp|cao) nhất(?: với)?)\s+)?"
                                    r"(?:(?:khoảng|gần|hơn|trên)\s+)?")
_LEVEL_ALONE_AS_SUBJECT = re.compile(r"\W*(?:(?:tuy nhiên|trong đó|riêng|còn)\s*,?\s*)?(?:ở\s+|tại\s+)?cấp (?:tỉnh|huyện|xã)\s+"
                                     r"(?:(?:mới|chỉ|đã|cũng|vẫn)\s+)?(?:đạt|là|chiếm)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?")
# "Tỷ lệ bình quân cả nước đạt 56,3%." after the rates of named provinces: the average of the
# rate just named (the whole sentence up to the figure says nothing else)
# (and the whole named alone: "… các xã đồng bằng đạt 100%. Toàn tỉnh đạt 96,5%.", "… Cả nước đạt 43,6%.";
# with its year: "Bình quân cả nước năm 2023 là 43,6%.")
_AVERAGE_AS_SUBJECT = re.compile(r"\W*(?:(?:tuy nhiên|trong khi đó|còn)\s*,?\s*)?(?:(?:tỷ lệ|mức)\s+)?(?:(?:bình quân|trung bình)"
                                 r"(?:\s+(?:chung|của))?(?:\s+(?:cả nước|toàn quốc|toàn tỉnh|cả tỉnh|các địa phương))?|"
                                 r"(?:tính chung\s+)?(?:toàn tỉnh|cả tỉnh|toàn thành phố|(?:riêng\s+)?tỉnh(?:\s+ta)?|cả nước|"
                                 r"toàn quốc))(?:\s*,?\s+năm\s+(?:19|20)\d\d)?\s*,?\s+"
                                 r"(?:(?:mới|chỉ|đã|cũng|vẫn)\s+)?(?:đạt|là|ở mức)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?")
# "Thành phố đặt mục tiêu cuối năm 2024 đạt 70%." after the rate's figures: a goal for the rate just named
# ("Chúng tôi đặt mục tiêu cuối năm đạt 70%": a speaker for the province, the year's end)
_GOAL_AS_SUBJECT = re.compile(r"\W*(?:(?:tỉnh|thành phố|huyện)(?:\s+[^\W\d]+){0,3}?\s+|chúng tôi\s+)?(?:(?:đặt|đề ra)\s+)?"
                              r"(?:mục tiêu|phấn đấu|chỉ tiêu)(?:\s+(?:đến\s+)?(?:(?:hết|cuối)\s+năm(?:\s+(?:\d{4}|nay))?|năm\s+(?:\d{4}|nay)))?\s*,?\s*"
                              r"(?:(?:tỷ lệ này\s+)?(?:đạt|lên|là)\s+)?(?:(?:trên|tối thiểu|ít nhất|khoảng|hơn)\s+)?")
# "Theo kế hoạch, năm nay tỉnh phải đạt ít nhất 70%": a plan's demand with no noun of its own, after a share
_GOAL_AS_SUBJECT_AFTER_PLAN = re.compile(
    r"\W*theo (?:kế hoạch|mục tiêu|chỉ tiêu|lộ trình)(?: (?:đề ra|được giao|của tỉnh|của thành phố))?\s*,\s*"
    r"(?:(?:(?:đến )?(?:hết |cuối )?năm (?:nay|\d{4})|trong năm (?:nay|\d{4}))\s*,?\s*)?"
    r"(?:(?:tỉnh|thành phố|huyện)\s+)?(?:phải|cần|sẽ)?\s*(?:đạt|lên|là)\s+"
    r"(?:(?:trên|tối thiểu|ít nhất|khoảng|hơn|từ)\s+)?")
# "… kinh tế số chiếm 20% GDP. Yên Bái hiện mới đạt 8,1% GRDP": a share of GRDP with no subject of its own
_PERCENT_OF_GRDP = re.compile(r"%\s*(?:grdp|gdp)(?!\w)")
# "Theo từng khu vực: Bến Tre cũ: 92,1%; …": a sentence that opens by breaking the rate just stated down
_BY_UNIT_OPENER = re.compile(r"\W*(?:(?:theo|chia theo|phân theo|tính theo|cụ thể) từng\s+(?:khu vực|địa phương|địa bàn|"
                             r"huyện|xã|đơn vị|cấp|vùng)[^.:\d]{0,30}:|"
                             # ("Theo khu vực, Vĩnh Phúc (cũ) đạt 81,5%, …")
                             r"(?:phân |chia |xét )?theo (?:khu vực|địa bàn|địa phương|vùng)\s*,)")
# (also "So với tỉnh bạn Hà Giang (mới đạt 58%)": the rate just stated, of the place compared with)
_COMPARED_RATE = re.compile(r"\b(?:tỷ lệ|ở mức|mức|còn|vẫn|khá|rất) (?:cao|thấp)\b|\b(?:cao|thấp) như\b|"
                            r"\bso với (?:tỉnh|thành phố|các tỉnh|cả nước|bình quân|mức bình quân)\b")
# "\bnăm" written as "năm" + look-behind so the pattern opens with a literal (fast scan).
_NAMED_YEAR = re.compile(r"năm(?<!\wnăm) ((?:19|20)\d\d)\b")
_SOME_TIME_AHEAD = re.compile(r"(?<!\w)(?:(?:những|các|mấy) năm (?:tới|sắp tới)|thời gian (?:tới|sắp tới))(?!\w)")
_NEXT_YEAR = re.compile(r"(?<!\w)(?<!những )(?<!các )(?<!mấy )năm tới(?!\w)|(?<!\w)sang năm(?!\w)")
_LAST_YEAR = re.compile(r"(?<!\w)(?:cùng kỳ\s+)?năm (?:trước|ngoái)(?!\w)(?! đó)")
# ("Bản tin tuần 45/2024": a week's number too)
_QUARTER_OR_MONTH_YEAR = re.compile(r"(?:quý|tháng|tuần)(?<!\wquý)(?<!\wtháng)(?<!\wtuần)\s+(?:[ivx]{1,4}|\d{1,2})\s*/\s*((?:19|20)\d\d)\b")
# ("trong năm 2023" frames a report; "…, trong khi năm 2023 chỉ đạt 45%" compares with another year)
_REPORT_FRAME = re.compile(r"tổng kết|kết quả|sơ kết|báo cáo|hoạt động|thực hiện|"
                           r"trong(?<!\wtrong)(?! khi| lúc| đó)(?:\s+[^\s,;.]+){0,4}\s*$")  # ("trong 10 tháng năm 2024")
# Small patterns of the per-figure steps, compiled once.
_CLAUSE_BREAK = re.compile(r"[.\n;]")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
# A year opening a sentence or a clause: "Năm 2023, ...", "Theo Sở TT&TT, năm 2023 kinh tế số ..."
# "35%, năm 2023 đạt 52%": a series of yearly values, not a frame
_SERIES_BEFORE = re.compile(r"[\d%]\s*,\s*$")
# "Trước đó, năm 2021 …": a year opening a look back
_LOOKING_BACK = re.compile(r"(?:trước đó|trước đây|khi đó|lúc đó|thời điểm đó|"
                           r"trước (?:khi |thời điểm )?(?:sáp nhập|hợp nhất|sắp xếp))\s*,\s*(?:vào\s+|trong\s+|đến\s+|cuối\s+)?$")
# A goal's deadline by month or quarter after it: "… 100% thôn trước tháng 6/2025"
_DEADLINE_MONTH_AFTER = re.compile(r"[^.;]{0,40}?(?:trước|đến|tới|vào|trong)\s+(?:hết\s+|cuối\s+)?(?:tháng|quý)\s+[\divx]+\s*/\s*"
                                   r"((?:19|20)\d\d)(?!\d)")
# A later year the same sentence goes on to, after a clause break: "…; năm 2022 …", "… và năm 2023 …"
_SERIES_NEXT_YEAR = re.compile(r"(?:[;,] | và )năm ((?:19|20)\d\d)\b")
_YEAR_OPENER = re.compile(r"(?:^|\n|\. |, )(?:trong |tính đến hết |tính đến |đến hết |hết |cuối )?$")
_OR_MORE = re.compile(r"^\s*trở lên")
_OR_MORE_LATER = re.compile(r"^[^.;,]{0,40}trở lên")
_YEAR_RANGE_TAIL = re.compile(r"\s*[–-]\s*((?:19|20)\d\d)")
_YEAR_RANGE_START = re.compile(r"(?<![\d/.-])(?:19|20)\d\d\s*[–-]$")
_RANGE_TO = re.compile(r"\s*(?:đến|tới|-|–)\s*")
_ITEM_NUMBER_ONLY = re.compile(r"\s*(?:\d{1,2}|[a-zđ])[.)]\s*")
# A sentence set beside the one before it, at the same time
_MEANWHILE = re.compile(r"\W*(?:trong khi đó|trong lúc đó|cùng thời điểm (?:này|đó)|cùng thời gian (?:này|đó))\s*,")
_PARAGRAPH_YEAR_FRAME = re.compile(
    r"(?:^|[.!?] )(?:theo [^,.]{0,60}, )?(?:trong |tính đến |đến |hết |cuối )?năm ((?:19|20)\d\d),")
# ("đạt 11,8% so với mục tiêu 15%": a level set against the goal's own figure, not a share of it)
_OF_TARGET_AFTER = re.compile(r"^\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)"
                              r"(?!\s*(?:đề ra\s*|đặt ra\s*|là\s*|của tỉnh\s*)?\d+(?:[.,]\d+)?\s*%)")
# The letterhead of an official document, read only if all in capitals: a province's ("UBND TỈNH THÁI
# BÌNH", "TỈNH ỦY SÓC TRĂNG"; group 1 the name) or a district's or commune's ("UBND HUYỆN MƯỜNG NHÉ";
# group 1 the unit, group 2 the name).
_LETTERHEAD_ISSUER = r"^[ \t]*(?:ubnd |ủy ban nhân dân |hđnd |hội đồng nhân dân )?"
_LETTERHEAD_NAME = r"[ \t]+([^\W\d][^\W\d ]*(?: [^\W\d]+){0,3})[ \t]*$"
_AUTHORITY_HEADER = re.compile(_LETTERHEAD_ISSUER + r"(?:tỉnh|thành phố)(?: ủy)?" + _LETTERHEAD_NAME, re.M)
_UNIT_LETTERHEAD = re.compile(_LETTERHEAD_ISSUER + r"(huyện|thị xã|quận|xã|phường|thị trấn)" + _LETTERHEAD_NAME, re.M)
_LETTERHEAD_UNITS = ("HUYỆN", "XÃ", "QUẬN", "PHƯỜNG", "THỊ TRẤN")  # (capitals: a cheap test before the scan)
_CLAUSE_TRONG = re.compile(r".*[,;:] trong (?:tổng số |số )?$")  # ("Sau 3 năm, trong 32 chỉ tiêu …, có 24 chỉ tiêu đạt")
_PLAN_HEADING = re.compile(r"(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu)[^\n\d]{0,40}năm (20\d\d)\W*$")
_OPENING_TRONG = re.compile(r"(?:^|[,.:;] |^\s*)trong\s+$")
_NOUN_AFTER = re.compile(r"\s*(\w+(?: \w+)?)")
_PER_PERIOD = re.compile(r"(?<!\w)(?:bình quân |trung bình )?mỗi (?:năm|tháng|quý|tuần|ngày)(?!\w)")
# (not where they lie: "12 thôn thuộc huyện Mường Tè chưa có sóng")
_CATEGORY_BREAKDOWN = re.compile(r"^\s*\w+(?:\s\w+)?\s+(?:về|thuộc(?!\s+(?:các\s+|những\s+|địa bàn\s+)?(?:huyện|quận|thị xã|"
                                 r"thành phố|xã|phường|thị trấn|tỉnh|khu vực|vùng|đặc khu)(?!\w))|trong lĩnh vực)\b")
_WORD_NEXT = re.compile(r"^\s*[^\W\d]")
# ("30% GRDP": the base of a share of the economy, no noun of its own)
_NOT_A_NOUN_NEXT = re.compile(r"^\s*(?:chỉ tiêu|kế hoạch|kh(?![\w-])|so với|trong|tỉnh|toàn quốc|cả nước|cao|thấp|trên|và|grdp|gdp\b|"
                              r"(?:đã\s+|được\s+)?(?:đề ra|đặt ra|giao)(?!\w)|"  # "chưa đạt chỉ tiêu 50% đề ra": the goal set
                              r"lên|xuống|(?:vào |của )?năm (?:19|20)\d\d|"
                              # "so với chỉ tiêu 50% UBND tỉnh giao": who set the goal, no noun counted
                              r"(?:ubnd|ủy ban|hđnd|hội đồng|chính phủ|thủ tướng|trung ương|tỉnh ủy|ban chỉ đạo|bộ)"
                              r"(?:\s+[^\W\d]+){0,4}?\s+(?:giao|đề ra|đặt ra)(?!\w))")
_VERB_OR_LEVEL_NEXT = re.compile(r"\s*(?:có|được|đã|đạt|là|chiếm|sử dụng|thực hiện|hoàn thành|cấp)\b")
_PROVINCES_COUNTED = re.compile(r"\s*tỉnh\b")
# "cấp 1,1 triệu tài khoản, đạt 92% số công dân đủ điều kiện": the noun after a share is the base
# the figure before is measured on, not a subject of its own (no predicate follows it)
_SHARE_VERBS = ("đạt", "bằng", "tương đương", "tương ứng", "chiếm", "chiếm tỷ lệ", "đạt tỷ lệ")
_PER_100_OF = {"mobile_subscriptions": "mobile_subscriptions_per_100"}


def _restating(reach: int, verbs: str, qualifiers: str = "khoảng|gần|hơn|trên") -> re.Pattern:
    """The gap between a figure and the same figure restated: up to ``reach`` characters of its noun phrase (no
    number, clause break or bracket), a comma, one of ``verbs`` and an optional qualifier."""
    return re.compile(rf"[^.;:\d()]{{0,{reach}}}?,\s*(?:{verbs})(?:\s+(?:{qualifiers}))?\s*")


_RESTATED = _restating(30, r"tương ứng|tương đương|(?:đạt |với )?mật độ(?: bình quân)?(?: đạt| là)?", "với|khoảng|gần|hơn|trên")
_SHARE_OF_THE_WHOLE = re.compile(r"\s*(?:của\s+)?(?:toàn|cả)\s+(?:tỉnh|thành phố|nước|quốc)(?!\w)")
# "268.500 hộ, chiếm 88,6% tổng số hộ": the count restated as its share of a base the words after it name
_SHARE_RESTATED = _restating(30, "chiếm")
_BASE_OF_SHARE = re.compile(r"\s*(?:tổng\s+)?số\s+(?:(?!(?:có|được|đã|đang|sử dụng|dùng|tham gia)\b)[^\W\d]+\s*){1,6}(?:[,;.)]|$)")
# "69,5% người dân thực hiện …": a share's noun and its own verb
_OWN_PREDICATE_AFTER = re.compile(r"\s*(?:[^\W\d]+,?\s+){1,4}?(?:thực hiện|sử dụng|tham gia|đã|đang|có|chưa|được|biết|"
                                  r"thường xuyên)\s")  # ("41 thôn, làng chưa có sóng")
_SHARE_RESTATED_FAR = _restating(120, "chiếm", r"(?:tỷ lệ\s+)?(?:khoảng|gần|hơn|trên)")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|$)")
_ANY_BASE = re.compile(r"\s*(?:tổng\s+)?số\s+[^\W\d]")
_SAME_TIME_OPENER = re.compile(r"\W*(?:(?:vào|trong|còn|trong khi đó,?)\s+)?cùng kỳ(?: năm)?\s*")
# "nơi từng có nhiều ấp lõm sóng, nay 100% ấp …", "Dù đã …, nhưng đến nay tỉnh vẫn còn 87 bản …": a clause
# about today after one about the past
_NOW_PIVOT = re.compile(r"[;,]\s*(?:nhưng\s+|và\s+)?(?:(?:đến|tới|cho đến|hiện)\s+)?nay(?!\w)")
_RANKED_ON_YEAR = re.compile(r"\s+về\s+(?:bộ\s+)?(?:chỉ số|xếp hạng)[^.;,\d]{0,50}?\s(?:năm\s+)?((?:19|20)\d\d)(?!\d)")
_SHARE_OF_UNITS_COUNTED = re.compile(r"\s+(?:xã|phường|thị trấn|thôn|bản|ấp|xóm|khu phố|tổ dân phố|làng|buôn|bon|plei|huyện|cơ quan|đơn vị)"
                                     r"(?:,?\s+[^\W\d]+){0,6}\s*[;,]\s*(?:trong đó\s+)?")
_NEXT_JOINT = re.compile(r",|;|\svà\s")
_COMPARED_YEAR_OPENS_BRACKET = re.compile(r"(?:so với\s+)?(?:cùng kỳ\s+)?năm\s+(?:19|20)\d\d\s*\(\s*$")
# "…/262.400 hồ sơ, đạt 94,7%": a ratio's noun, then its share
_RATIO_RESTATED = _restating(30, "đạt|bằng|tương ứng|tương đương|chiếm", "tỷ lệ|khoảng|gần|hơn|trên")


def _base_of_share(left_gap: str, right_gap: str) -> bool:
    """Whether a share's noun is the base of the figure before: any "số …" when the verb opens a
    clause of its own right after the count ("kích hoạt 1.208.000 tài khoản, đạt 81,2% số hồ sơ đã
    thu nhận"), else one with no predicate after it ("… đạt 92% số công dân đủ điều kiện")."""
    if left_gap[left_gap.rfind(",") + 1:].strip() in _SHARE_VERBS and "," in left_gap:
        return _ANY_BASE.match(right_gap) is not None
    return left_gap.endswith(_SHARE_VERBS) and _BASE_OF_SHARE.match(right_gap) is not None
_CLOSING = re.compile(r"^\s*[,;.)]")
# "100% xã có cáp quang, nhiều thôn vẫn "khát" sóng": a clause of a subject of its own, or a contrast, after the
# figure's phrase is not its context
_CONTRAST_CLAUSE = re.compile(r",\s*(?:nhiều|một số|nhưng|song|tuy nhiên|vẫn còn|còn nhiều)\s")
# "…(đạt 35%, chỉ tiêu 45%); tỷ lệ số hóa (đạt 60%": a share of a noun of its own opens the gap; a figure
# no rule names there is no longer the previous one's (but "tỷ lệ này", "tỷ lệ ở cấp xã" still are)
_NEW_RATE_SUBJECT = re.compile(r"(?:^|[;,(]\s*)(?:tỷ lệ|tỉ lệ|số lượng|chỉ số)\s+(?!(?:này|nói trên|trên|chung|bình quân|"
                               r"trung bình|cấp|tại|ở|của|đạt|là|tương ứng)(?!\w))[^\W\d]")
# "kế hoạch 50%, thực hiện 62,3%": the result column's word right before the figure
_RESULT_LABEL = re.compile(r"(?<!\w)(?:ước )?(?:thực hiện|thực tế|kết quả|th)\s*:?\s*$")
_DIGIT = re.compile(r"\d")
# ("vượt 3,1% so với chỉ tiêu giao năm 2024 (45%)": the goal's number in brackets after its name)
# A share stated right after a count, of a base named after it ("…, đạt 77,8% số hồ sơ thu nhận")
_SHARE_OF_THE_COUNT_BEFORE = re.compile(r"[^\d.;:()]{0,40}?,\s*(?:đạt|bằng|chiếm|tương đương|tương ứng)(?:\s+(?:khoảng|gần|hơn|trên))?\s*")
_BASE_AFTER = re.compile(r"\s*(?:số|tổng số|trên tổng số)\s")
# An aside in brackets stating where things stand beside a goal ("(năm 2024 đạt 65,2%)", "(hiện nay còn 35 thôn …)")
_BASELINE_ASIDE = re.compile(r"\(\s*(?:(?:năm|cuối năm|hết năm)\s+((?:19|20)\d\d)|hiện nay|hiện tại|hiện|đến nay|năm trước|năm ngoái)"
                             r"(?!\w)[^()]*$")
_GOAL_WORD_RIGHT_BEFORE = re.compile(r"(?:chỉ tiêu|mục tiêu|kế hoạch)\s+$")
# "đã hoàn thành vượt mức chỉ tiêu tỷ lệ hồ sơ trực tuyến 70%": the goal met or beaten, named by its
# indicator, then its value (no verb between: "chỉ tiêu … đạt 75%" states a result)
_GOAL_MET_NAMED = re.compile(r"(?:vượt|hoàn thành|đạt)(?: vượt)?(?: mức)? (?:kế hoạch|chỉ tiêu|mục tiêu)(?: về)?"
                             r"(?:\s+(?!(?:đạt|là|lên|chiếm|với|ở|đến|còn|mới|chỉ|được)\b)[^\W\d][^\s\d.;,:%()]*){1,10}\s+$")
_GOAL_NAMES_NUMBER = GuardedPattern(r"(?<!đạt )(?<!vượt )(?<!\w)(?:so với )?(?:mục tiêu|chỉ tiêu|kế hoạch)(?:(?: được)? giao)?"
                                r"(?: đề ra| đặt ra| của tỉnh| năm (?:19|20)\d\d)?(?: là)?\s*\(?\s*$|"
                                r"(?<!\w)kh\s*:?\s*$|"  # "(KH: 90%)", "41,3%/KH 50%": the plan's abbreviation
                                # "vượt chỉ tiêu Chính phủ giao là 50%": the goal beaten, then its value
                                # (or in brackets: "vượt chỉ tiêu Chính phủ giao (45%)")
                                r"(?<!\w)(?:mục tiêu|chỉ tiêu|kế hoạch)(?:(?: (?:[^\W\d]+ ){0,4}?(?:được )?giao)? là|"
                                r" (?:[^\W\d]+ ){0,4}?(?:được )?giao\s*\()\s*$|"
                                # "chưa đạt chỉ tiêu (50%)": the goal missed, its value in parentheses
                                r"(?<=đạt )(?:mục tiêu|chỉ tiêu|kế hoạch)(?: đề ra| được giao)?\s*\(\s*$")
_PHRASE_END = re.compile(r"[,;.]")
_CLAUSE_COMMA = re.compile(r"[,;](?!\d)")
_NEXT_PREDICATE = re.compile(r"(?:,|\svà)\s+(?:[^\W\d]+\s+){1,3}$")
# The previous figure's own clause, with its verb, closed by "và" right before the next figure
_CLAUSE_BEFORE_AND = re.compile(r"[^,;.:()\d]{0,20}?(?:,[^,;.:()\d]{0,20}?)?\s(?:có|đạt|được|đã)\s[^;.:()\d]{0,60}?\svà\s+")
_NEW_SUBJECT = GuardedPattern(r"(?:,|\svà)\s+(tỷ lệ\s)")
# A noun phrase and its verb right before a figure, after a coordinator (see _new_subject).
# The coordinator must follow the first figure closely ("thứ 2/63, kinh tế số xếp thứ"):
# further on, "và" joins words inside a noun phrase ("toàn trình và một phần ... đạt").
# (a rank's verb may be left out: "Kinh tế số thứ 41 và Xã hội số thứ 33")
_SUBJECT_VERB = re.compile(r"[^,;.:()\d]{0,12}?(,|\svà)\s+([^\W\d][^,;:()\d]*?)\s(?:đạt|xếp|đứng|chiếm|(?=thứ\s*$))"
                           r"(?:\s?(?:thứ|hạng|vị trí|khoảng|gần|hơn|trên|mức|tỷ lệ))*\s*$")
_ANTECEDENT_END = re.compile(r"[,;.:(]|\d(?!g(?!\w))|\s(?:gồm|bao gồm|trong đó|với|và)\s")
# ("gấp đôi năm 2022", "tăng gấp ba lần năm 2021": multiples in words compare too)
_COMPARED_WITH_YEAR = re.compile(r"(?:so với|gấp (?:[\d,.]+|đôi|hai|ba|bốn|năm|rưỡi)(?: lần)?(?: so với)?)(?:\s+cùng kỳ)?"
                                 r"(?:\s+(?:cuối|đầu|hết))?(?:\s+năm)?$")
_BRACKET_AFTER_YEAR = re.compile(r"\s*\((?:[^()\d.;]{0,30}\s)?(?:(?:khoảng|gần|hơn|trên)\s+)?")
_YEAR_OPENS_ANOTHER_FIGURE = re.compile(r"\s*(?:là|đạt|chỉ đạt|mới đạt|chiếm)?\s*:?\s*(?:khoảng\s+|gần\s+|hơn\s+)?\d")
# ("1.380 trạm năm 2020": a noun may come between; "10 tháng năm 2024" is a period, not a figure's year;
# "12,6% và năm 2022 lên 30,2%": the next item of a series)
# (not after a word that opens a new clause: "… chỉ đạt 20% thì năm 2023 đã đạt 45%")
_YEAR_OF_ANOTHER_FIGURE = re.compile(r"[\d%][ \t]*(?:(?!tháng|quý|ngày|tuần|và |thì |còn |nhưng |song )[^\W\d]+[ \t]+)?"
                                     r"(?:vào |trong |của )?năm[ \t]*$")
# ("lên 68% (năm 2024)": a year alone in brackets after the figure is its own; "(năm 2023 là 45,1%)" is not)
# The level a move started from ("tăng từ 31% lên 54,3%", "từ vị trí 45 lên vị trí 38")
_FROM_LEVEL_BEFORE = re.compile(r"(?<!\w)từ\s+(?:(?:thứ|vị trí|hạng|mức)\s+)?$")
_TO_LEVEL_AFTER = re.compile(r"[^\d.;,]{0,20}?\s(?:lên|xuống)\s+(?:(?:thứ|vị trí|hạng|mức|khoảng|gần|hơn|trên)\s+)*\d")
_OWN_YEAR = re.compile(r"\s*(?:(?:vào |trong |của )?năm |\(\s*năm (?=(?:19|20)\d\d\s*\)))((?:19|20)\d\d)\b")
_ISSUED_PLAN_TITLE = re.compile(r"^[ \t]*kế hoạch[ \t]*\n[^\n]{0,120}?năm ((?:19|20)\d\d)\b", re.M)
_PLAN_TITLE = re.compile(r"(?:kế hoạch|mục tiêu|chỉ tiêu|nhiệm vụ|phương hướng)[^\n.]{0,60}?năm ((?:19|20)\d\d)\b")
# A short gap with no clause break and no subject of its own ("tỉnh", "huyện", "còn"); "(" may open.
# ("với 0,5438 điểm, đứng thứ 17": after a comma, a ranking verb with no subject of its own)
_PART_GAP = re.compile(r"[^.;\d]{0,40}?[,;:]\s*(?:trong đó|bao gồm|gồm)(?:\s+(?:có|là|hơn|gần|khoảng|trên))*\s*")
# "huyện Đồng Văn có 146/161 thôn có sóng di động, đạt 90,7%": the count's share, of the same unit
_SHARE_OF_THE_COUNT_GAP = re.compile(r"[^.;:\d]{0,60}?,\s*(?:đạt|chiếm|bằng)(?:\s+tỷ lệ)?\s+(?:(?:khoảng|gần|hơn|trên)\s+)?")
_SAME_SUBJECT_GAP = re.compile(r"(?:(?!tỉnh|thành phố|huyện|thị xã|xã|trong khi|còn)[^,;.:)\d]){0,30}"
                               r"(?:,[ \t]*(?:đứng|xếp)(?: hạng)?(?: thứ)?[ \t]*)?")
_DISTRIBUTIVE = GuardedPattern(r"(?<!\w)(?:mỗi|từng)\s+(?:xã|thôn|bản|huyện|hộ|người|tổ|đơn vị|cơ quan|trường|"
                           r"doanh nghiệp|tỉnh|địa phương|phường)(?!\w)")
_UNITS_MEETING_THRESHOLD = re.compile(
    r"\s+(?:các\s+)?(?:huyện|xã|thôn|bản|đơn vị|cơ quan|sở|địa phương|trường|doanh nghiệp|phường)\b[^;.\d]*?"
    r"\bđạt\b[^;.\d]*?(?:trên|từ|hơn|ít nhất|tối thiểu)\s*$")
# "100% xã, phường đạt tỷ lệ hồ sơ trực tuyến trên 80%": the units listed, then the bar they clear
_SHARE_OF_UNITS_MEETING = re.compile(
    r"\s+(?:các\s+)?(?:huyện|xã|thôn|bản|đơn vị|cơ quan|sở|địa phương|phường|thị trấn)(?:,?\s+(?:và\s+)?(?:huyện|xã|phường|"
    r"thị trấn|thôn|bản|đơn vị|cơ quan|sở|ngành|địa phương))*\s+(?:đều\s+)?đạt\s+(?:tỷ lệ|chỉ tiêu)\b[^;.,\d]*?"
    r"(?:trên|từ|hơn|ít nhất|tối thiểu)\s*$")
# "05 huyện và thành phố có 100% thôn được phủ sóng 4G": a share each of the units counted has of its
# own units, not the province's
_UNITS_HAVING_SHARE = re.compile(
    r"\s+(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đơn vị|địa phương)(?!\w)[^;.,\d]{0,30}?\s(?:đều\s+)?(?:có|đạt)\s+$")
# A date the figure is counted up to ("Tính đến ngày 31/10/2024, …", "đến hết tháng 6/2024"):
# its year is the figure's year, unlike a date that only dates an event.
_AS_OF_DATE = re.compile(r"(?:đến|tới)(?: hết| cuối)?(?: ngày| tháng)? (?:\d{1,2}[/.-])?\d{1,2}[/.-]((?:19|20)\d\d)(?!\d)")
# "8 tháng năm 2024": a part of a named year (a later date than a year opening an earlier sentence)
_MONTHS_OF_NAMED_YEAR = re.compile(r"(?<!\d)\d{1,2} tháng(?: đầu)? năm ((?:19|20)\d\d)(?!\d)")
# "6 tháng đầu năm", "9 tháng năm" with no year named: the months of the year of writing
_MONTHS_OF_THE_YEAR = re.compile(r"(?<!\d)(\d{1,2}) tháng(?: đầu)? năm(?! (?:19|20)\d\d)(?!\w)")
# "hiện có", "hiện nay", "đến nay": the time of writing (not "thực hiện", "thể hiện", "hiện đại").
_NOW = re.compile(r"(?:đến|tới) nay(?!\w)|(?<!thực )(?<!thể )(?<!xuất )(?<!phát )(?<!biểu )(?<!\w)hiện(?! đại| thực)(?!\w)")
# A clause of its own about today: "…; đến nay con số này giảm còn 63", "…, hiện nay đạt …"
_NOW_AFTER_BREAK = re.compile(r"[;,]\s*(?:nhưng\s+|và\s+)?(?:đến nay|tới nay|hiện nay|cho đến nay)(?!\w)")
_SINCE_UNTIL_NOW = re.compile(r"\s*(?:đến|tới|cho đến)\s+(?:nay|hiện nay|thời điểm này)")
# "… công bố tỷ lệ hồ sơ trực tuyến của các huyện quý III. Tỷ lệ chung toàn tỉnh đạt 71,2%.": the whole's rate of
# what the previous sentence named, with no noun of its own
_GENERAL_RATE_SUBJECT = re.compile(r"\W*(?:tính chung\s+(?:toàn|cả)\s+(?:tỉnh|thành phố)\s*,\s*tỷ lệ|"
                                   r"tỷ lệ\s+(?:chung|bình quân|trung bình)(?:\s+(?:của\s+)?(?:toàn|cả)\s+(?:tỉnh|thành phố))?|"
                                   r"tỷ lệ\s+(?:của\s+)?(?:toàn|cả)\s+(?:tỉnh|thành phố))"
                                   r"\s+(?:(?:mới|chỉ|đã|cũng|vẫn)\s+)?(?:đạt|là)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?")
# "Ngân hàng Nhà nước: 87% người trưởng thành có tài khoản thanh toán": a national body heading a title that
# names no province reports the nation's figures
_NATIONAL_INSTITUTION_TITLE = re.compile(
    r"\W*(?:ngân hàng nhà nước|chính phủ|thủ tướng|văn phòng chính phủ|(?:tổng )?cục thống kê|"
    r"bộ (?:thông tin và truyền thông|khoa học và công nghệ|công an|công thương|tt&tt|tt-tt|kh&cn))(?!\w)")
# "Nhiều địa phương đạt tỷ lệ hồ sơ trực tuyến trên 80%": a title on many provinces, none its subject
# (not "các địa phương trong tỉnh", the province's own districts)
# The nation as a clause's subject ("Cả nước hiện có …", "trên cả nước đã có …"); not compared with
# ("cao hơn bình quân cả nước", "so với cả nước")
_NATION_AS_SUBJECT = re.compile(r"(?<!với )(?<!hơn )(?<!quân )(?<!bình )(?<!của )(?:cả nước|toàn quốc)\s+"
                                r"(?:hiện\s+|đã\s+|hiện đã\s+|hiện nay\s+|đến nay\s+)?(?:có|đạt|ghi nhận|còn)(?!\w)")
_ROUNDUP_TITLE = re.compile(r"(?<!\w)(?:nhiều|các|những) (?:địa phương|tỉnh, thành(?: phố)?|tỉnh thành)(?! trong| của| thuộc| trên)(?!\w)")
# ("Riêng TP Thủ Đức đạt 85,2%": one part of what the previous sentence stated)
_BREAKDOWN_OPENER = re.compile(r"\W*(?:trong đó|cụ thể)\s*,")
_DETAIL_OPENER = re.compile(r"\W*(?:(?:trong đó|cụ thể|theo đó)\s*,|riêng\s)")
# "…, với tổng chiều dài khoảng 6.800 km.": a length that ends its phrase, naming nothing after it
_LENGTH_ENDS_PHRASE = re.compile(r"\s*(?:km|ki-lô-mét|kilômét|kilomet)?\s*(?:[.,;)]|$)")
_ESTIMATE_OPENER = re.compile(r"\W*ước(?: tính| đạt)?(?: đến| hết| cả năm| năm|,)")
_ROW_LABEL = re.compile(r"\W*(?:số lượng|tổng số|số)\s+((?:[^:|\d]|[2345]g\b)+?)\s*[:|]\s*$")  # ("… có sóng 4G:")
# "Số thuê bao di động toàn tỉnh đạt 1,68 triệu.", "Thuê bao băng rộng cố định đạt 352.000.": a
# count whose noun is its clause's subject, with nothing after it (the subject opens the clause,
# after an adverbial, or a raising verb: "…, nâng số buôn có Internet cáp quang lên 2.105"; the rule's head noun must
# still begin it).
_SUBJECT_LABEL = re.compile(r"(?:(?<=[,;:.(\n])|^)\s*(?:(?:hiện nay|hiện|đến nay|toàn tỉnh|riêng|trong đó|"
                            r"năm (?:19|20)\d\d)\s*,?\s*)?(?:(?:nâng|đưa)\s+)?(?:(?:tổng số|số lượng|số)\s+)?((?:[^,;:|\d.()\n]|[2345]g\b)+?)\s+"
                            r"(?:(?:đã|hiện|cũng)\s+)?(?:đạt|là|lên|lên tới|lên đến|ước đạt|ước)"
                            r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$")
# "Tỉnh X: số thuê bao di động 1.520.000, thuê bao băng rộng cố định 265.000", "trong đó hồ sơ trực
# tuyến 98.500 (78,6%)", "có số thuê bao di động 1.520.000.": a noun phrase right before the count,
# with no verb, labels it (at the clause's start, or after "có"/"gồm" with "số")
_AFTER_HAVING = r"\s(?:có|gồm)\s+(?:tổng số|số lượng|số)\s+"
_BARE_LABEL = re.compile(r"(?:" + _AFTER_HAVING + r"|(?:(?<=[,;:.(\n])|^)\s*(?:trong đó\s*,?\s*)?"
                         r"(?:(?:tổng số|số lượng|số)\s+)?)((?:[^,;:|\d.()\n]|[2345]g\b)+?)\s+$")
_LABEL_AFTER_HAVING = re.compile(_AFTER_HAVING)
_DTI_NAME = re.compile(fold_pattern(DTI))  # the dti_overall cue, read in an article's lead
_DTI_INDICATORS = frozenset({"dti_overall", "dti_digital_government", "dti_digital_economy", "dti_digital_society"})
# The province's own index of its districts or communes (their ranks and scores are places' figures)
_SUB_PROVINCIAL_INDEX = re.compile(r"(?:chỉ số chuyển đổi số|\bdti\b) (?:của )?cấp (?:xã|huyện|cơ sở)")
# Rankings that are not the DTI, or a DTI rank within a region rather than of all provinces.
_OTHER_RANKING = re.compile(r"\bpci\b|\bpar\b|papi|sipas|\bict index\b|cải cách hành chính|năng lực cạnh tranh|"
                            r"hài lòng")
# A ranking within a region; not when the rank is out of all the provinces ("thứ 60/63"). (A score is
# the same score whatever ranking the sentence names: "dẫn đầu khu vực …, xếp thứ 18/63 với 0,4935 điểm".)
_REGIONAL_RANKING = re.compile(r"khu vực|vùng|miền")
_AMONG_UNITS_AFTER = re.compile(r"\s*(?:trong|trên|của|so với)\s+(?:tổng số\s+)?(?:\d+\s+|các\s+|số\s+)?"
                                r"(?:huyện|xã|phường|quận|thị xã|thành phố trực thuộc|đơn vị|sở|cơ quan|địa phương trong tỉnh)(?!\w)")
# "dẫn đầu khu vực, xếp thứ 9 cả nước": the rank itself is the nation's, whatever the region
_NATIONWIDE_AFTER = re.compile(r"\s*(?:/\s*(?:63|34)\b\s*)?(?:trên |trong |của )?(?:cả nước|toàn quốc)(?!\w)")
_GOALS_AFTER = re.compile(r"\s*(?:mục tiêu|chỉ tiêu|nhiệm vụ)")
_BREAKDOWN = re.compile(r",\s*(?:trong đó|bao gồm|gồm|riêng)\b")
# "Trên 420 sản phẩm OCOP, trong đó có nhiều sản phẩm của vùng cao, đã được đưa lên sàn …": a breakdown
# with no figure of its own, closed by a comma and the host's own predicate, is an aside inside the phrase
_HOST_RESUMES = re.compile(r",\s*(?:(?:đã|đều|cũng|đang)\s+(?:được\s+)?|được\s+)[^\W\d]")
# A sentence that opens with a goal frame states targets throughout:
# "Mục tiêu năm 2024, tỉnh phấn đấu 100% ...; tỷ lệ ... đạt trên 80%."
# A year (or a plan's period) opening a goal's sentence, and the verbs that set a goal; shared by
# the two frames below
_GOAL_YEAR_OPENER = r"(?:(?:trong |hết |đến hết |đến cuối |tới hết )?năm |giai đoạn (?:20\d\d\s*[-–]\s*)?)(20\d\d),\s*"
_GOAL_SETTING = r"đặt mục tiêu|đặt ra mục tiêu|đề ra mục tiêu|đề ra chỉ tiêu|đặt chỉ tiêu"
_GOAL_ADVERB = r"(?:cũng\s+|tiếp tục\s+|sẽ\s+)?"
_TARGET_FRAME = re.compile(
    r"^\W*(?:mục tiêu|phấn đấu|chỉ tiêu|định hướng|kế hoạch năm|(?:đến|trước|tới)(?: hết| cuối)? năm (20\d\d))|"
    # "Năm 2024, tỉnh phấn đấu ...", "Thời gian tới, UBND tỉnh đặt mục tiêu ...": a subject whose
    # first verb sets a goal
    r"^\W*(?:" + _GOAL_YEAR_OPENER + r"|thời gian tới,\s*|giai đoạn tới,\s*)?"
    r"(?:tỉnh|thành phố|ubnd tỉnh|ủy ban nhân dân tỉnh|toàn tỉnh|địa phương|sở|ngành|chúng tôi|huyện|"
    r"nghị quyết|kế hoạch|chương trình|đề án|chiến lược)\s+"
    + _GOAL_ADVERB + r"(?:phấn đấu|yêu cầu|" + _GOAL_SETTING + r")")
# The same goal frame with a province's name for its subject ("Năm 2025, Hà Nam phấn đấu …"): the
# opener and the verb around a name the province-name search found
_GOAL_FRAME_OPENER = re.compile(r"\W*(?:" + _GOAL_YEAR_OPENER + r")?")
_GOAL_FRAME_VERB = re.compile(r"\s+" + _GOAL_ADVERB + r"(?:phấn đấu|" + _GOAL_SETTING + r")(?!\w)")
# An instrument's deadline opening the sentence (even in the deadline year's last month, when
# "đến hết năm 2025" alone reads as the year's end)
_INSTRUMENT_DEADLINE = re.compile(r"\W*theo (?:đề án|quyết định|nghị quyết|chương trình|chiến lược|kế hoạch|chỉ thị)"
                                  r"[^,;.]{0,80},\s*(?:đến|tới|trước) (?:hết |cuối )?năm (20\d\d)")
# A clause framed by a rule-setting text states what is required, not what was done.
_NORM_FRAME = re.compile(r"\W*theo (?:quy định|nghị định|thông tư|chỉ thị)\b[^,;]{0,80},")
# "Dẫn đầu là thành phố Sầm Sơn với 89,2%" after the province's rate: the units ranked on it
# (or the figure in brackets after the name: "Dẫn đầu là Bình Dương (85,1%)", or after a comma: "Huyện Pác Nặm đạt
# thấp nhất, 48,9%")
_RANKING_OF_UNITS = re.compile(r"(?:dẫn đầu|đứng đầu|cao nhất|thấp nhất|xếp cuối)(?:\s+(?:là\s+)?[^,;.\d()]{2,40}?)?"
                               r"(?:\s+(?:với|đạt)(?:\s+(?:tỷ lệ|mức))?\s*|\s*\(\s*|\s*,\s*)$")
# "Lai Châu chỉ đạt 21,3%, thấp nhất cả nước": the unit's place in the ranking said after its figure
_RANKED_AFTER = re.compile(r"\s*,?\s*(?:là\s+)?(?:cao nhất|thấp nhất|dẫn đầu|đứng đầu|xếp cuối|đứng cuối)\s+"
                           r"(?:cả nước|toàn quốc|toàn tỉnh|tỉnh|khu vực|vùng|thành phố)\b")
_BAR_WORDS = ("trên", "hơn", "từ", "ít nhất", "tối thiểu", "dưới", "chưa đến", "chưa tới", "không quá")
_THRESHOLD_OF_UNITS = re.compile(  # (not "nằm trong nhóm 15 tỉnh dẫn đầu, …": a ranking's top group)
    r"(?<!\w)(?<!nhóm )(?:nhiều|các|một số|hầu hết|tất cả|số|(?<!năm )\d+)\s+(?:quận|huyện|xã|phường|địa phương|tỉnh|thành phố|đơn vị|"
    r"sở|ngành|cơ quan)(?!\w)[^.;:\d]{0,80}?\s(?:đạt|có)\s[^.;:\d]{0,60}?(?:" + "|".join(_BAR_WORDS) + r")\s*$")
_TOLD_TO_CLEAR = ("yêu cầu ", "chỉ đạo ", "đề nghị ", "giao ")


def _threshold_of_units(ctx: _Context, lo: int, hi: int) -> bool:
    """A bar several units clear (or fall under); not one the province tells its units to clear ("tỉnh yêu cầu
    các địa phương bảo đảm tỷ lệ … đạt ít nhất 80%" is the province's goal)."""
    m = _THRESHOLD_OF_UNITS.search(ctx.folded, lo, hi)
    return m is not None and not ctx.folded[max(0, m.start() - 10):m.start()].endswith(_TOLD_TO_CLEAR)


_BREAKDOWN_OPENS = re.compile(r"\s*(?:riêng|trong đó|cụ thể|bao gồm|gồm|nhất là|đặc biệt là)\b")
_NOUN_PHRASE_AFTER = re.compile(r"\s*[^\W\d][^\d.,;:()]{0,50}")
_REMAINDER = re.compile(r"\s*(?:\w+,?\s+){0,3}còn lại\b")  # ("5 thôn, ấp còn lại")
# The villages without what the villages counted before have (the rest of them, nothing else said of them
# but where they lie)
_COMPLEMENT = {"village_mobile_coverage": "villages_without_mobile_signal",
               "village_mobile_broadband_coverage": "villages_without_mobile_broadband",
               "village_internet_coverage": "villages_without_fixed_broadband"}
_REST_LIES_OR_ENDS = re.compile(r"\s*(?:[.;)\n]|$|,?\s*(?:thuộc|ở|tại|nằm|tập trung|chủ yếu)\b)")
_NOT_YET = re.compile(r"(?<!\w)(?:sẽ|dự kiến|đang được|chuẩn bị|tiếp tục được)(?!\w)")
_RANKED_ON = re.compile(r"\s*(?:tỉnh,? thành(?: phố)?\s*)?(?:(?:trong |của )?cả nước\s*)?về\s")
_GOAL_WORD_BEFORE = re.compile(r"(?:mục tiêu|phấn đấu|chỉ tiêu|định hướng|theo kế hoạch)\s*,?\s+(?:là\s+|đề ra\s+)?$")
_OBJECT_OF_PREDICATE = re.compile(r"\b(?:đạt|chiếm|là)(?:\s+(?:tỷ lệ|khoảng|gần|hơn|trên|tối thiểu|ít nhất|xấp xỉ|mức))*\s+$")
# a noun phrase (no level: "90% cấp huyện") and its own verb
_OWN_SUBJECT_AFTER = re.compile(r"\s+(?!cấp\b|chỉ tiêu|kế hoạch|so với)[^\W\d][^;.:()\d]{0,40}?\s(?:có|được|đã|đạt|sử dụng|thực hiện|tham gia)\b")
# Between two figures of one enumeration ("100% cấp tỉnh, 90% cấp huyện và 80% cấp xã")
# there is no predicate of its own.
_ENUM_GAP = re.compile(r"^[^.;:()]{0,40}$")
# "tập huấn cho hơn 300 thành viên tổ công nghệ số": people (or classes) trained, which no
# indicator counts; the members of the teams are the teams' stock, not those trained this time.
_TRAINED_LAST_WORDS = ("huấn", "tạo", "dưỡng", "truyền", "biến", "thức", "năng", "số", "cho", "được", "hơn", "gần",
                       "khoảng", "trên", "thêm")  # (every match of _TRAINED_BEFORE ends with one: a cheap gate)
_TRAINED_BEFORE = GuardedPattern(r"(?:tập huấn|đào tạo|bồi dưỡng|tuyên truyền|phổ biến)(?:\s+(?:kiến thức|kỹ năng)(?:\s+số)?)?"
                                 r"(?:\s+(?:cho|được|hơn|gần|khoảng|trên|thêm)){0,3}\s*$")
# "hỗ trợ 1.200 người dân cài đặt VNeID": people helped, a campaign's reach, not a stock of anything
_HELPED_BEFORE = re.compile(r"(?:hỗ trợ|hướng dẫn|giúp(?: đỡ)?)(?:\s+(?:cho|được|hơn|gần|khoảng|trên)){0,2}\s*$")
_HELPED_LAST_WORDS = ("trợ", "dẫn", "giúp", "đỡ", "cho", "được", "hơn", "gần", "khoảng", "trên")
_PEOPLE_AFTER = re.compile(r"\s*(?:lượt\s+)?(?:người|hộ|công dân|học sinh|sinh viên|tiểu thương|nông dân)(?!\w)")
# Verbs of doing something to the things counted ("hỗ trợ 12.500 hồ sơ"): never inside a noun phrase.
_ACTION_VERBS = r"hỗ trợ|hướng dẫn|cài đặt|tiếp nhận|giải quyết|kích hoạt|triển khai|tổ chức|lắp đặt|thành lập|đào tạo|tập huấn"
_PREDICATE = re.compile(r"\b(?:là|đạt|đã|hiện|có|chiếm|được|với|tăng|giảm|trong đó|bao gồm|gồm|riêng|còn|"
                        + _ACTION_VERBS + r")\b")
# "cài đặt 156.000 tài khoản định danh và hỗ trợ 12.500 hồ sơ": a second action on a second
# object; what comes before its coordinator is the first figure's phrase.
_ACTION_REACH = 80  # longer than any match of _ACTION_BEFORE (it is end-anchored)
_ACTION_BEFORE = GuardedPattern(r"(?:,|\svà)\s{1,3}(?:" + _ACTION_VERBS + r")(?:\s{1,3}(?:được|thêm|cho|hơn|gần|khoảng|trên)){0,3}"
                                r"\s{0,3}$")


@dataclass(frozen=True)
class Indicator:
    code: str
    pillar: str
    units: tuple[str, ...]
    carries_level: bool


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, Indicator]:
    with resources.files("claims").joinpath("data", "indicators.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {r["code"]: Indicator(r["code"], r["pillar"], tuple(r["units"].split("|")),
                                 r["code"] in _LEVEL_INDICATORS) for r in rows}


@dataclass
class Match:
    rule: Rule
    score: float
    spans: list[tuple[int, int]]  # matched cue spans, in document offsets
    cue: str
    level: str | None = None  # set when the wording pairs this figure with a level
    scope: tuple | None = None  # (code, name, place) when the wording pairs this figure with a unit ("lần lượt")
    antecedent: int = -1  # where an elided noun's full form starts (see _elided_noun)


_COUNT = itemgetter(1)


def _leading(counts) -> str | None:
    """The province named clearly more than any other (at least twice, 1.5 times the next)."""
    if not counts:
        return None
    # (sorted, not most_common(2): the same stable order, without heapq's interpreted nlargest)
    (top, n), *rest = sorted(counts.items(), key=_COUNT, reverse=True)[:2] + [(None, 0)]
    second = rest[0][1] if rest else 0
    return top if n >= 2 and n >= 1.5 * second else None


class _lazy:
    """``functools.cached_property`` without its lock (taken on every first read in Python 3.11, a few
    microseconds each, several times per document): a context is read by one thread only. The value is
    computed on first read and stored in the instance's ``__dict__``, which later reads find first."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class _Context:
    """Everything about one document that claims in it share."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = normalize_text(doc.text)
        self.folded = fold(self.text)
        first_break = self.text.find("\n")
        self.title_end = _headline_repeat_end(self.text, first_break if first_break >= 0 else len(self.text))
        self.end, self.furniture = excluded_spans(self.text)
        # The article's digit runs, found in one pass: a sentence without one states no figure.
        self.numbers = raw_numbers(self.text, 0, self.end)
        self.number_starts = [n.start for n in self.numbers]
        # ranks in words ("xếp thứ hai"), found once; most articles have none
        self.word_ranks = word_ranks(self.text, self.folded, 0, self.end) if "thứ " in self.folded else []
        self.published = doc.published or date_in_header(self.text)
        self.system = geo.system_for(self.published)
        # (the page tail after the article is not read: related news name other provinces)
        self.mentions = geo.find_province_mentions(self.text, self.folded, self.end)
        self.mention_starts = [m.start for m in self.mentions]
        self.province_key = self._document_province()
        self.default_year = self._report_year()
        self._sentence_years: tuple[tuple[int, int] | None, list[re.Match]] = (None, [])
        self.last_claim: Claim | None = None  # for "tỷ lệ này" in the next sentence
        self.last_claim_rivals = set()  # indicators of the same unit stated beside it
        self.last_by_unit: dict[str, Claim] = {}  # the last claim of each unit, for a share after counts
        # A sentence's threshold ("12 địa phương đạt tỷ lệ hồ sơ trực tuyến trên 80%") is no
        # claim, but it names the indicator the next sentence ranks units on.
        self.topic: Claim | None = None
        self.previous_sentence: tuple[int, int] | None = None  # for "Trong đó, X đạt 80%"
        self.previous_lead: Claim | None = None  # its first claim outside brackets: what "Trong đó, …" breaks down
        self.previous_found: list[Claim] = []  # the claims of the sentence before, for an item naming one by its noun
        self.respective_years: dict[int, int] = {}  # figure start → the year a "lần lượt" over years gave it

    # -- document-level scope ------------------------------------------------
    def _document_province(self) -> str | None:
        if self.doc.source_province:
            return geo.match_key(self.doc.source_province)
        from_url = geo.province_from_url(self.doc.url)
        if from_url:
            return from_url
        counts = defaultdict(int)
        title_end = self.title_end
        title_names_province = bool(self.mentions_in(0, title_end)) or bool(
            self.doc.title and geo.find_province_mentions(self.doc.title, fold(self.doc.title)))
        if not title_names_province and (NATIONAL_WORDS.search(self.folded, 0, title_end)
                                         or _ROUNDUP_TITLE.search(self.folded, 0, title_end)
                                         or _NATIONAL_INSTITUTION_TITLE.match(self.folded, 0, title_end)
                                         or (self.doc.title and NATIONAL_WORDS.search(fold(self.doc.title)))):
            # "Cả nước đẩy mạnh dịch vụ công trực tuyến": a national article; provinces
            # named in it are compared, not its subject.
            return NATIONAL
        for m in self.mentions:
            if not names_province(self, m):
                continue  # "thành phố Lào Cai" names a city inside the province
            place_before = self.folded[max(0, m.start - 11):m.start]
            weight = 3 if m.start < title_end else 1
            if place_before.endswith("tỉnh "):
                weight += 1
            counts[m.match_key] += weight
        if self.doc.title:
            for m in geo.find_province_mentions(self.doc.title, fold(self.doc.title)):
                counts[m.match_key] += 3
        head_end = min(self.end, 400)
        capitals = self.text.find("TỈNH", 0, head_end) >= 0 or self.text.find("THÀNH PHỐ", 0, head_end) >= 0
        for m in _AUTHORITY_HEADER.finditer(self.folded, 0, head_end) if capitals else ():
            # "UBND TỈNH THÁI BÌNH" over a report: the issuing province, in capitals the name search skips
            key = geo.match_key(m.group(1))
            if self.text[m.start():m.end()].isupper() and geo.resolve(key, self.published) is not None:
                counts[key] += 3
        top = _leading(self._by_successor(counts))
        if top is None:
            # "Huyện Bảo Thắng đẩy mạnh ...": districts named with their unit tell the province
            # when no province is named often enough (only names no other district shares).
            for start, district in geo.districts_named_with_unit(self.text, self.folded, self.end):
                key = geo.province_key_of_code(district.province_code)
                if key:
                    # (a letterhead in capitals, "UBND HUYỆN MƯỜNG NHÉ", weighs like the province's)
                    letterhead = start < head_end and self.text[start:start + len(district.name)].isupper()
                    counts[key] += 3 if letterhead else 2 if start < title_end else 1
            top = _leading(self._by_successor(counts))
        if top is None and ("cả nước" in self.folded or "toàn quốc" in self.folded):
            # "Theo Ngân hàng Nhà nước, … Cả nước hiện có hơn 200 triệu tài khoản …": an article naming no
            # province clearly whose lead makes the nation its subject is about the nation
            body = self.title_end + 1
            nation = _NATION_AS_SUBJECT.search(self.folded, body, min(self.end, body + 600))
            if nation is not None and not self.mentions_in(body, nation.start()):
                return NATIONAL
        return top

    def _by_successor(self, counts):
        """After the 2025 reform, names of provinces merged into one count as that one
        ("thành phố Cần Thơ (mới)" after "hợp nhất với tỉnh Hậu Giang và tỉnh Sóc Trăng")."""
        if self.system != "34":
            return counts
        merged = defaultdict(int)
        for key, n in counts.items():
            merged[geo.successor_key(key, self.published)] += n
        return merged

    def _report_year(self) -> int | None:
        cap = self.published.year if self.published else None
        frames = defaultdict(int)
        for m in _NAMED_YEAR.finditer(self.folded, 0, self.end):
            # A report frame: "tổng kết / kết quả / ... năm 2023" or a sentence opening "Năm 2023,".
            before = self.folded[max(0, m.start() - 60):m.start()]
            clause = _CLAUSE_BREAK.split(before)[-1]
            opener = self.folded[max(0, m.start() - 20):m.start()]
            frame = _REPORT_FRAME.search(clause)
            if frame is not None and _COMPARED_WITH_YEAR.search(clause.rstrip()):
                continue  # "418 doanh nghiệp đang hoạt động, tăng 37 so với năm 2023": the year compared with
            if frame is not None and frame.group(0).startswith("trong") and _target_stated(
                    _SENTENCE_BREAK.split(self.folded[max(0, m.start() - 200):m.start()])[-1]):
                frame = None  # "Chúng tôi phấn đấu tỷ lệ … đạt 60-70% trong năm 2024": a goal's year
            if not (frame or (self.folded[m.end():m.end() + 1] in (",", " ")
                                                     and _YEAR_OPENER.search(opener)
                                                     and not _SERIES_BEFORE.search(opener))):
                continue
            y = int(m.group(1))
            if frame is None and _LOOKING_BACK.search(opener):
                continue  # "Trước đó, năm 2021 huyện còn 9 thôn chưa có sóng": a look back, not the report's year
            if (frame is None or frame.group(0).startswith("trong")) and cap is not None and y < cap \
                    and self._dated_later_before(y, m.start()):
                # "đến nay toàn tỉnh có 231/265 … Năm 2023, kinh tế số chiếm 9,8%": after the body has spoken
                # of today (or of a later date: "Đến tháng 7/2024, …"), an earlier year opening a later
                # sentence looks back; it does not date the report (nor does "trong năm 2022" after it: "… trong đó
                # 120 trạm được lắp mới trong năm 2022")
                continue
            if frame is None and cap is not None and y < cap and self.published.month > 2 and (
                    self._names_later_year(_AS_OF_DATE, y, m.end(), self.end)
                    or (self.folded.find(" tháng", m.end(), self.end) >= 0
                        and self._names_later_year(_MONTHS_OF_NAMED_YEAR, y, m.end(), self.end))
                    or (y < cap - 1 and _NOW.search(self.folded, m.end(), self.end))):
                # "Năm 2023, kinh tế số chiếm 6,8% GRDP. … Đến tháng 8/2024, …" (or "8 tháng năm 2024, …") in
                # September 2024: the body goes
                # on to a later date, so the year opening one sentence frames its paragraph, not the report. So
                # does "đến nay" after a year two or more before writing ("Năm 2021, … còn 152 xóm …; đến nay …");
                # after last year's it may still close that year ("tính đến hết năm 2023, … Huyện A hiện có …")
                continue
            following = _SENTENCE_BREAK.split(self.folded[m.end():min(m.end() + 80, self.end)], 1)[0]
            # Only the frame's own clause: "Năm 2024, tỷ trọng ... đạt 14,2%, mục tiêu năm 2025
            # đạt 20%" reports on 2024 although a goal follows.
            following = _CLAUSE_COMMA.split(following.lstrip(", "), 1)[0]
            if _target_stated(following):
                continue  # "Năm 2024, tỉnh sẽ đầu tư ...": a plan, not the year reported on
            sentence = _SENTENCE_BREAK.split(self.folded[m.end():min(m.end() + 200, self.end)], 1)[0]
            if _NOW_AFTER_BREAK.search(sentence):
                continue  # "Năm 2023, … còn 142 xóm …; đến nay còn 63 xóm": a baseline for today's figure
            if frame is None and cap is not None and "năm" in sentence and any(
                    y < int(later.group(1)) <= cap for later in _SERIES_NEXT_YEAR.finditer(sentence)):
                continue  # "Năm 2021, tỷ lệ … chỉ đạt 8,5%; năm 2022 … và năm 2023 đạt 41,6%": a series' first year
            if cap is None or y <= cap:
                frames[y] += 1
        if frames:
            best = max(frames.values())
            # Ties go to the latest year: "Năm 2022, … đạt 61,4%; năm 2023 đạt 78,9%" reports on 2023 (years after
            # publication are no frames). Undated, to the frame stated first: a later year may be a plan's.
            tied = [y for y, c in frames.items() if c == best]
            return max(tied) if cap is not None else tied[0]
        titled = self._title_year(cap)
        if titled:
            return titled  # "Tỷ lệ hồ sơ trực tuyến năm 2024 của các tỉnh" (published January 2025)
        if cap:
            if self.published.month <= 2 and \
                    max((y for y in self._years_reported() if y <= cap), default=None) == cap - 1:
                return cap - 1  # published in January about the year just ended ("năm 2024 đạt 68,4%")
            return cap
        years = self._years_reported()
        return max(years) if years else None

    def _dated_later_before(self, year: int, pos: int) -> bool:
        """Whether the body, before pos, speaks of today or of a date after the given year."""
        body = self.folded.find("\n") + 1
        if _NOW.search(self.folded, body, pos) is not None:
            return True
        return self._names_later_year(_AS_OF_DATE, year, body, pos)

    def _names_later_year(self, dates: re.Pattern, year: int, a: int, b: int) -> bool:
        """Whether text[a:b] holds a date of the pattern (its year in group 1) later than the given year."""
        return any(int(d.group(1)) > year for d in dates.finditer(self.folded, a, b))

    def _years_reported(self) -> list[int]:
        """Years the article names that are no goal's deadline and no range's end."""
        years = []
        for m in YEAR_RE.finditer(self.folded[:self.end]):
            before = self.folded[max(0, m.start() - 20):m.start()]
            after = self.folded[m.end():m.end() + 80]
            if not _TARGET_CUE.search(before) and not _TARGET_CUE.search(after) and before.rstrip()[-1:] not in ("–", "-"):
                years.append(int(m.group(1)))
        return years

    def _title_year(self, cap: int | None) -> int | None:
        """The year the title names (not a deadline, not after publication), if any."""
        for pattern in (_NAMED_YEAR, _QUARTER_OR_MONTH_YEAR):  # ("Kết quả chuyển đổi số quý III/2024")
            for m in pattern.finditer(self.folded, 0, self.title_end):
                y = int(m.group(1))
                if (cap is None or y <= cap) and not _TARGET_CUE.search(self.folded, max(0, m.start() - 25), m.end()) \
                        and not _COMPARED_WITH_YEAR.search(self.folded[max(0, m.start() - 25):m.start()].rstrip()):
                    return y  # (not "… đạt 65%, gấp đôi năm 2022": the year compared with)
        return None

    @_lazy
    def dti_lead(self) -> tuple[str, int | None] | None:
        """(cue, year) when the title or first paragraph is about the DTI, else None.
        Computed on first use: only a bare rank or score needs it."""
        # The end of the third non-empty line (title, date line, first paragraph).
        pos, lines = 0, 0
        while lines < 3 and pos < self.end:
            nl = self.text.find("\n", pos)
            nl = self.end if nl < 0 or nl > self.end else nl
            if self.text[pos:nl].strip():
                lines += 1
            pos = nl + 1
        lead_end = min(pos, self.end)
        m = _DTI_NAME.search(self.folded, 0, lead_end)
        if m is None:
            return None
        years = _NAMED_YEAR.findall(self.folded, m.end(), min(m.end() + 60, lead_end))
        return self.text[m.start():m.end()], (int(years[0]) if years else None)

    @_lazy
    def goals_lists(self) -> list[tuple[int, int, int | None]]:
        """Spans of the bulleted lists that a line announcing goals introduces: every figure
        in them is a target, whatever verb its item uses ("Tỷ lệ hồ sơ ... đạt tối thiểu 50%");
        with the year the announcing line names ("Đến năm 2030, tỉnh phấn đấu:"), if any."""
        spans = []
        folded = self.folded
        colon = folded.find(":")  # (colons are few: look at the lines they end only)
        while colon >= 0:
            nl = folded.find("\n", colon)
            if nl < 0:
                break
            line_end = nl + 1
            head = None
            if nl == colon + 1 or folded[colon + 1:nl].isspace():
                head = _GOALS_LIST_HEAD.search(folded, folded.rfind("\n", 0, colon) + 1, colon)
            colon = folded.find(":", colon + 1)
            if head is None or _NOT_TARGET.search(head.group(0)):
                continue
            end = self._list_end(line_end)
            if end > line_end:
                years = _NAMED_YEAR.findall(folded, folded.rfind("\n", 0, line_end - 1) + 1, line_end)
                spans.extend(self._dated_parts(line_end, end, int(years[-1]) if years else None))
        # A plan's section heading with no colon: "II. CHỈ TIÊU CỤ THỂ\n1. Chính quyền số\n- 100% hồ sơ …"
        for word in ("chỉ tiêu", "mục tiêu", "phương hướng", "nhiệm vụ"):
            at = folded.find(word, 0, self.end)
            while at >= 0:
                line_start = folded.rfind("\n", 0, at) + 1
                # (a heading has at most a numeral and "các/những" before its word)
                nl = folded.find("\n", at) if at - line_start <= 20 else -1
                head = _GOALS_HEADING.fullmatch(folded, line_start, nl) if nl > 0 else None
                at = folded.find(word, at + 1, self.end)
                if head is None:
                    continue
                end = self._list_end(nl + 1)
                if end > nl + 1:
                    spans.extend(self._dated_parts(nl + 1, end, int(head.group(1)) if head.group(1) else None))
        return spans

    def _dated_parts(self, start: int, end: int, year: int | None) -> list[tuple[int, int, int | None]]:
        """A goals list cut where an item announces a deadline of its own ("1. Đến năm 2025:",
        "2. Giai đoạn đến năm 2030:"): the items after it, up to the next such item, are for its year."""
        parts = []
        for m in _DEADLINE_ITEM.finditer(self.folded, start, end):
            parts.append((start, m.start(), year))
            start, year = m.end(), int(m.group(1))
        parts.append((start, end, year))
        return [part for part in parts if part[1] > part[0]]

    def _list_end(self, pos: int) -> int:
        """End of the run of list-item lines starting at ``pos`` (``pos`` itself when none starts there).
        Blank lines before or between items do not end the run ("…như sau:\n\n- 100% …;\n\n- …"):
        text copied from a web page often sets each item off as its own paragraph."""
        end = pos
        while pos < self.end:
            item = _BLANK_LINES.match(self.folded, pos).end()
            if not _LIST_ITEM.match(self.folded, item):
                break
            nl = self.folded.find("\n", item)
            end = pos = nl + 1 if nl >= 0 else len(self.folded)
        return end

    @_lazy
    def plan_year(self) -> int | None:
        """The year of a plan or of goals named in the title ("Kế hoạch ... năm 2024")."""
        m = _PLAN_TITLE.search(self.folded, 0, self.title_end)
        if m is None and self.text.find("KẾ HOẠCH", 0, 600) >= 0:
            # an official plan as issued: "KẾ HOẠCH\nChuyển đổi số tỉnh Lai Châu năm 2024" under its letterhead
            m = _ISSUED_PLAN_TITLE.search(self.folded, 0, min(self.end, 600))
        return int(m.group(1)) if m else None

    @_lazy
    def municipal(self) -> bool:
        """Whether the document's province is a centrally-run city (whose "cấp thành phố" is the province's)."""
        return self.province_key is not None and geo.is_municipality(self.province_key, self.published)

    def level_of(self, word: str) -> str:
        return "province" if word == "thành phố" and self.municipal else _level_of(word)

    @_lazy
    def unit_letterhead(self) -> str | None:
        """The district or commune whose letterhead, in capitals, heads the text ("ỦY BAN NHÂN DÂN\nHUYỆN
        ĐIỆN BIÊN ĐÔNG" over a plan: "huyện Điện Biên Đông"), if any."""
        head_end = min(self.end, 400)
        if not any(self.text.find(unit, 0, head_end) >= 0 for unit in _LETTERHEAD_UNITS):
            return None
        m = _UNIT_LETTERHEAD.search(self.folded, 0, head_end)
        if m is None or not self.text[m.start(2):m.end(2)].isupper():
            return None
        return f"{m.group(1)} {self.text[m.start(2):m.end(2)].title()}"

    @_lazy
    def names_a_side(self) -> bool:
        """Whether the text says "phía" at all ("khu vực phía Tây"): most do not, so no scope looks."""
        return self.folded.find("phía", 0, self.end) >= 0

    @_lazy
    def title_place(self) -> str | None:
        """The place a feature article is about, named in its title (see scope.title_place)."""
        return title_place(self)

    @_lazy
    def province_code(self) -> str | None:
        """Code of the document's province (or "VN"), as claims without a scope of their own get it."""
        if self.province_key is None:
            return None
        if self.province_key == NATIONAL:
            return "VN"
        prov = geo.resolve(self.province_key, self.published)
        return prov.code if prov else None

    @_lazy
    def districts(self) -> list[tuple[int, int, str]]:
        """The document province's districts named without their unit (see geo.find_district_mentions),
        but for those inside a province's name ("Vũng Tàu" in "Bà Rịa - Vũng Tàu")."""
        return [d for d in geo.find_district_mentions(self.text, self.folded, self.province_key, self.published, self.end)
                if not self.in_province_name(d[0])]

    def in_province_name(self, pos: int) -> bool:
        i = bisect_right(self.mention_starts, pos) - 1
        return i >= 0 and self.mentions[i].end > pos

    @_lazy
    def district_starts(self) -> list[int]:
        return [a for a, _, _ in self.districts]

    def years_in_sentence(self, sent: tuple[int, int]) -> list[re.Match]:
        """Years named in a sentence, found once for all its figures."""
        if self._sentence_years[0] != sent:
            self._sentence_years = (sent, list(YEAR_RE.finditer(self.folded, *sent)))
        return self._sentence_years[1]

    def mentions_in(self, a: int, b: int) -> bool:
        """Whether a province is named in text[a:b]."""
        i = bisect_left(self.mention_starts, a)
        return i < len(self.mention_starts) and self.mention_starts[i] < b

    def mentions_between(self, a: int, b: int) -> list:
        """The province mentions that start in text[a:b]."""
        return self.mentions[bisect_left(self.mention_starts, a):bisect_left(self.mention_starts, b)]

    def in_furniture(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.furniture)


@lru_cache(maxsize=None)
def _rules_for(unit: str) -> tuple[Rule, ...]:
    """Rules whose indicator can be stated in this unit (a percent may be one of a quota)."""
    tax = taxonomy()
    out = []
    for rule in RULES:
        allowed = rule.units or tax[rule.code].units
        if unit in allowed or (unit == "percent" and "percent_of_target" in allowed):
            out.append(rule)
    return tuple(out)


@lru_cache(maxsize=None)
def _masked_rules(unit: str) -> tuple[tuple[int, Rule], ...]:
    """(group bit mask, rule) for the rules of a unit, in rule order."""
    return tuple((rule.compiled[3], rule) for rule in _rules_for(unit))


def _rule_of(code: str) -> Rule:
    """The first rule of an indicator (for matches that come from context, not cue words)."""
    return next(rule for rule in RULES if rule.code == code)


_DTI_OVERALL = _rule_of("dti_overall")


@lru_cache(maxsize=None)
def _not_heads(code: str) -> tuple[re.Pattern, ...]:
    return tuple(rule.compiled[4] for rule in RULES if rule.code == code and rule.compiled[4] is not None)


def _refused_noun(code: str, counted: str) -> bool:
    """Whether the noun after a figure is one the indicator's rules refuse ("4 chỉ tiêu chưa
    đạt" for goals achieved): an inherited figure is held to it as a classified one is."""
    return any(p.match(counted) for p in _not_heads(code))


@lru_cache(maxsize=4096)
def _candidate_rules(unit: str, possible: int) -> tuple[Rule, ...]:
    """Rules (in rule order) all of whose groups may occur: the only ones worth a regex.
    Cached: windows of one document type keep producing the same few masks."""
    return tuple(rule for mask, rule in _masked_rules(unit) if mask & possible == mask)


def _row_label(ctx: _Context, fig: Figure) -> str | None:
    """"Số tài khoản định danh được kích hoạt | 512.000": the row's label after "số"."""
    line_start = ctx.folded.rfind("\n", 0, fig.start) + 1
    m = _ROW_LABEL.match(ctx.folded, line_start, fig.start)
    return m.group(1) if m else None


def _subject_label(ctx: _Context, fig: Figure) -> str | None:
    """"Số thuê bao di động đạt 1,68 triệu": the clause's subject (after "số"), or the noun
    phrase right before the count ("số thuê bao di động 1.520.000")."""
    lo = max(0, fig.start - 120)
    m = _SUBJECT_LABEL.search(ctx.folded, lo, fig.start)
    if m is None and (m := _BARE_LABEL.search(ctx.folded, lo, fig.start)) is not None:
        # (the leftmost match may open the clause: "Tỉnh X có số thuê bao …" is labelled after "có số")
        having = None
        for having in _LABEL_AFTER_HAVING.finditer(ctx.folded, m.start(1), fig.start):
            pass
        if having is not None:
            m = _BARE_LABEL.match(ctx.folded, having.start(), fig.start)
    return m.group(1) if m else None


def _classify(ctx: _Context, fig: Figure, lo: int, hi: int, unit: str,
              require_head: bool = False) -> Match | None:
    """Best indicator rule for a figure whose context is text[lo:fig.start] + text[fig.end:hi]."""
    left = ctx.folded[lo:fig.start]
    right = ctx.folded[fig.end:hi]
    window = left + " " + right
    best: Match | None = None
    nearest: dict = {}  # group pattern → its occurrence nearest the figure, or None (rules share patterns)

    # The noun the figure counts (or is a share of): the words after it, or in a
    # "Số tài khoản được kích hoạt: 512.000" row, the label.
    counted = right
    if fig.unit != "percent" or not _WORD_NEXT.match(right):
        label = _row_label(ctx, fig)
        if label is None and fig.unit == "count" and not _WORD_NEXT.match(right):
            label = _subject_label(ctx, fig)
        # "Số trạm BTS: 2.145 trạm": the unit after the figure repeats the label's noun
        if label and (not _WORD_NEXT.match(right) or label.startswith(_NOUN_AFTER.match(right).group(1).split()[0])):
            counted = label
    # "Tỷ lệ hộ có cáp quang tại các xã đạt 80%": the share's base is the noun right after "tỷ lệ"
    base = None
    if unit == "percent" and (at := max(left.rfind("tỷ lệ "), left.rfind("tỉ lệ "))) >= 0:
        base = left[at + 6:]
    for rule in _candidate_rules(unit, GROUP_INDEX.possible(window)):
        groups, exc, head, _ids, not_head = rule.compiled
        if unit == "count" and head is not None and not head.match(counted):
            continue  # "thành lập 6 tổ công tác": the counted noun is not this rule's
        if not_head is not None and not_head.match(counted):  # the same noun the head is tested on
            continue
        spans = []
        for g in groups:
            if g in nearest:
                found = nearest[g]
            else:
                found = nearest[g] = _nearest_occurrence(g, window, len(left))
            if found is None:
                break
            spans.append(found)
        else:
            if exc is not None and (hit := exc.search(window)) is not None and _excluded(exc, hit, window, spans, len(left)):
                continue
            head_hit = bool(head and head.match(counted))
            if require_head and not head_hit:
                continue
            near = min(d for d, _, _ in spans)
            score = len(groups) + (5 if head_hit else 0) + (1 if near < 40 else 0) \
                + (3 if base is not None and head is not None and head.match(base) else 0)
            # Equal scores go to the rule whose cues sit closer to the figure: "29 thôn chưa
            # có sóng và 64 thôn sóng yếu" (64's own words beat its neighbour's).
            score -= sum(d for d, _, _ in spans) / 100_000
            if best is None or score > best.score:
                split = len(left)  # (a cue may run across the figure: "có [1,25 triệu] tài khoản định danh")
                doc_spans = [(lo + s if s <= split else fig.end + s - split - 1, lo + e if e <= split else fig.end + e - split - 1)
                             for _, s, e in spans]
                cue = " + ".join(ctx.text[a:b] for a, b in doc_spans)
                best = Match(rule, score, doc_spans, cue)
    return best


def _excluded(exc: re.Pattern, hit: re.Match, window: str, spans: list[tuple[int, int, int]], split: int) -> bool:
    """Whether a rule's exclusion words speak of the figure. Those in a neighbouring clause with a
    figure of its own, beyond a comma or semicolon outside the stretch from the cues to the figure,
    do not ("xóa 36 thôn lõm sóng, nâng tỷ lệ thôn có sóng 4G lên 98,6%": "lõm" is said of 36);
    a comma inside a noun phrase ("thanh toán trực tuyến phí, lệ phí trên Cổng …") is no such border."""
    first, last = split, split + 1
    for _, a, b in spans:
        first, last = min(first, a), max(last, b)
    if first < hit.end() and hit.start() < last:
        return True  # (the commonest case: among the cues themselves)
    for m in exc.finditer(window):
        if m.end() <= first:
            brk = _COMMA_BREAK.search(window, m.end(), first)
            if brk is not None and _OWN_FIGURE.search(window, window.rfind(",", 0, m.start()) + 1, brk.start()):
                continue
        elif m.start() >= last:
            brk = None
            for brk in _COMMA_BREAK.finditer(window, last, m.start()):
                pass
            if brk is not None and _OWN_FIGURE.search(window, brk.end(), _clause_end(window, m.end())):
                continue
        return True
    return False


def _clause_end(text: str, pos: int) -> int:
    m = _COMMA_BREAK.search(text, pos)
    return m.start() if m else len(text)


def _nearest_occurrence(group: re.Pattern, window: str, split: int) -> tuple[int, int, int] | None:
    """(distance, start, end) of the group's match nearest the figure, which sits at ``split``."""
    found = None
    for m in group.finditer(window):
        s, e = m.span()
        dist = (split - e) if e <= split else (s - split - 1)
        if found is None or dist < found[0]:
            found = (dist, s, e)
    return found


def _live_target_cue(text: str, neutral: str | None = None) -> re.Match | None:
    """The last target word of ``text`` that still states a goal: not part of an
    achievement phrase ("đạt chỉ tiêu") and not followed by an actual cue ("..., đã
    hoàn thành"). ``neutral`` is text with achievement phrases already blanked out."""
    if neutral is None:
        if not _TARGET_CUE.search(text):
            return None
        neutral = _neutralise(text)
    last = None
    for last in _TARGET_CUE.finditer(neutral):
        pass
    if last is None or _ACTUAL_AFTER_TARGET.search(neutral, last.end()):
        return None
    return last


def _neutralise(text: str) -> str:
    """Achievement phrases that contain a target word, blanked (offsets kept)."""
    return _NOT_TARGET.sub(lambda m: " " * len(m.group(0)), text)


def _target_stated(text: str) -> bool:
    return _live_target_cue(text) is not None


def _province_goal_frame(ctx: _Context, sent_start: int, fig_start: int) -> re.Match | None:
    """The goal frame of a sentence whose subject is a province's name ("Năm 2025, Hà Nam phấn đấu
    …"), as the opener's match (its year in its group, if it names one); None when it has none."""
    opener = _GOAL_FRAME_OPENER.match(ctx.folded, sent_start, fig_start)
    i = bisect_left(ctx.mention_starts, opener.end())
    if i == len(ctx.mentions) or ctx.mention_starts[i] != opener.end():
        return None
    if _GOAL_FRAME_VERB.match(ctx.folded, ctx.mentions[i].end, fig_start) is None:
        return None
    return opener


def _kind(ctx: _Context, fig: Figure, sent_start: int, left_lo: int) -> str:
    if fig.pair_role is not None:
        # "a%/b%" is an actual and its target wherever it stands ("Riêng chỉ tiêu về kinh tế số chưa đạt: tỷ
        # trọng … mới đạt 8,2%/12% kế hoạch" is no list of goals)
        return fig.pair_role
    own = _OWN_YEAR.match(ctx.folded, fig.end) if ctx.published is not None and "năm" in ctx.folded[
        fig.end:fig.end + 12] else None
    if own is not None and int(own.group(1)) > ctx.published.year:
        return "target"  # "không dưới 60% vào năm 2025" in a 2024 article: a figure of a year to come
    if any(a <= fig.start < b for a, b, _ in ctx.goals_lists):
        if "(" in ctx.folded[max(0, fig.start - 60):fig.start] \
                and (aside := _BASELINE_ASIDE.search(ctx.folded, max(0, fig.start - 60), fig.start)) is not None \
                and not (aside.group(1) and ctx.published and int(aside.group(1)) > ctx.published.year):
            return "actual"  # "- Tỷ lệ … đạt 80% (năm 2024 đạt 65,2%)": the baseline a goal item states beside it
        return "target"
    sentence_left = ctx.folded[sent_start:fig.start]
    if ctx.published is not None and "năm" in sentence_left:
        clause_left = sentence_left[max(sentence_left.rfind(","), sentence_left.rfind(";"), sentence_left.rfind(":")) + 1:]
        if any(int(y) > ctx.published.year for y in _NAMED_YEAR.findall(clause_left)) and "so với" not in clause_left:
            return "target"  # "Lộ trình: năm 2024 … đạt 60%, năm 2025 đạt 80%" in a 2024 article: a year to come
    frame = _TARGET_FRAME.match(sentence_left)
    if frame is None and ":" in sentence_left:
        # Speech opens a sentence of its own: 'cho biết: "Mục tiêu năm 2025, ...', a speaker's
        # label 'Ông Nguyễn Văn C: Chúng tôi phấn đấu ...'. (Sliced: "^" only anchors at 0.)
        frame = _TARGET_FRAME.match(sentence_left[sentence_left.rfind(":") + 1:])
    if frame is None and ctx.mentions and ("phấn đấu" in sentence_left or "mục tiêu" in sentence_left
                                           or "chỉ tiêu" in sentence_left):
        frame = _province_goal_frame(ctx, sent_start, fig.start)
        if frame is None and ":" in sentence_left:  # ("Ông Trần Văn Hòa: Năm 2025, Hà Nam phấn đấu …")
            frame = _province_goal_frame(ctx, sent_start + sentence_left.rfind(":") + 1, fig.start)
    frame_year = frame and next((year for year in frame.groups() if year), None)  # (whichever group holds it)
    if frame and not (frame_year and ctx.default_year and int(frame_year) <= ctx.default_year) \
            and not _REPORTING_CLAUSE.search(sentence_left, max(sentence_left.rfind(","), sentence_left.rfind(";")) + 1):
        return "target"
    if ";" in sentence_left and ("phấn đấu" in sentence_left or "mục tiêu" in sentence_left) \
            and _goal_verb_before_semicolon(sentence_left) \
            and not _REPORTING_CLAUSE.search(sentence_left, sentence_left.rfind(";") + 1):
        return "target"  # "…, năm 2025 tỉnh phấn đấu xóa 40 bản trắng sóng; tỷ lệ bản có sóng đạt 98%": the goals go on
    if "theo " in sentence_left[:8] and (deadline := _INSTRUMENT_DEADLINE.match(sentence_left)) is not None \
            and not _deadline_passed(ctx, int(deadline.group(1))) \
            and not _REPORTING_WORD.search(sentence_left, deadline.end()):
        return "target"  # "Theo Đề án 06 của Chính phủ, đến hết năm 2025, 100% công dân …": what it requires by then
    if _NORM_FRAME.match(sentence_left, sentence_left.rfind(";") + 1):
        return "target"  # "Theo Nghị định 45/2020/NĐ-CP, 100% hồ sơ được số hóa ...": what a rule requires
    colon = None
    if ":" in sentence_left:  # the pattern ends with a colon; the test is much cheaper
        for colon in _COLON_TARGET.finditer(sentence_left):
            pass
    # ("Đối chiếu với mục tiêu này, tỉnh còn xa: …": the results measured against the goal)
    if colon is not None and not _NOT_TARGET.search(colon.group(0)) \
            and not _RESULTS_OF.search(sentence_left, max(0, colon.start() - 30), colon.start()) \
            and not _COMPARED_WITH.search(sentence_left, max(0, colon.start() - 16), colon.start()):
        return "target"
    if fig.unit == "percent" and _GOAL_NAMES_NUMBER.search(ctx.folded, max(0, fig.start - 40), fig.start):
        return "target"  # "so với mục tiêu 70% đề ra", "chỉ tiêu là 80%": the number is the goal
    if fig.unit == "percent" and GOAL_SET_AFTER.match(ctx.folded, fig.end - 1, fig.end + 20) \
            and _GOAL_WORD_RIGHT_BEFORE.search(ctx.folded, max(0, fig.start - 12), fig.start):
        return "target"  # "chưa đạt chỉ tiêu 50% đề ra": the goal's own figure, named as set
    if ctx.folded.find("chỉ tiêu", max(0, fig.start - 90), fig.start) >= 0 \
            and _GOAL_MET_NAMED.search(ctx.folded, max(0, fig.start - 90), fig.start):
        return "target"
    if fig.unit == "percent" and EXCESS_BEFORE.search(ctx.folded, max(0, fig.start - 30), fig.start) \
            and GOAL_SET_AFTER.match(ctx.folded, fig.end - 1, fig.end + 20):
        return "target"  # "vượt chỉ tiêu 40% đề ra": the goal beaten, named as set
    if not _TARGET_CUE.search(ctx.folded[max(left_lo, fig.start - 110):fig.start]):
        return "actual"  # neutralising can only remove target words, never add one
    # Neutralise achievement phrases on a wider slice (they may start before the
    # window), then look at the window only.
    wide_lo = max(0, fig.start - 160)
    left = _neutralise(ctx.folded[wide_lo:fig.start])[max(left_lo, fig.start - 110) - wide_lo:]
    last = _live_target_cue(left, neutral=left)
    if last is None:
        return "actual"
    if last.group(1) and not _GOAL_WORD_BEFORE.search(left, 0, last.start()) and (
            _deadline_passed(ctx, int(last.group(1)))
            or (_year_end_report(ctx, int(last.group(1))) and not _TARGET_CUE.search(left, 0, last.start()))):
        # "đến năm 2023" in a 2024 report: the deadline has passed (but "mục tiêu đến cuối
        # năm 2025" in a January 2026 article names the goal's deadline); "đến cuối năm 2023,
        # toàn tỉnh có ..." in December 2023 states where the year ends, unless a goal is named
        return "actual"
    return "target"


def _year_end_report(ctx: _Context, year: int) -> bool:
    """An article of the year's last month, on that year: its "đến cuối năm" is the year's end."""
    return ctx.published is not None and ctx.published.year == year and ctx.published.month == 12


def _deadline_passed(ctx: _Context, year: int) -> bool:
    """Whether "đến (hết) năm ``year``" lies before the article: a year that has ended by the
    publication date (without one, a year the report is not later than)."""
    if ctx.published is not None:
        return year < ctx.published.year
    return ctx.default_year is not None and year <= ctx.default_year


def _qualifier(ctx: _Context, fig: Figure, sent_start: int) -> str:
    start = fig.start
    lo = max(0, start - 16)
    before = ctx.folded[lo:start]
    if fig.value_max is not None and before.rstrip().endswith("từ"):
        # "ước đạt từ 70-75%": "từ" opens the range; what qualifies it stands before
        start = lo + before.rstrip().rfind("từ")
        lo = max(0, start - 16)
        before = ctx.folded[lo:start]
    if fig.unit == "rank" and before.rstrip().endswith(("top", "tốp", "nhóm")):
        return "at_most"  # "lọt top 10 cả nước": ranked 10th or better, not 10th
    tail = before.rstrip()
    if tail.endswith(("đạt", "năm", "hiện", "là")) and ctx.folded.find("ước ", max(0, start - 36), start) >= 0 \
            and _ESTIMATED_RESULT.search(ctx.folded, max(0, start - 36), start):
        return "approx"  # "ước thực hiện cả năm đạt 66,5%": an estimate of the year's result
    for name, rx, last_words in _QUALIFIER:
        if tail.endswith(last_words) and rx.search(ctx.folded, lo, start):  # searched in place: look-behinds see the word
            if name == "at_least" and before.rstrip().endswith("từ") and not _OR_MORE_LATER.match(ctx.folded[fig.end:fig.end + 40]):
                continue
            if name == "at_least" and before.rstrip().endswith("vượt") and _GOALS_AFTER.match(ctx.folded, fig.end):
                continue  # "hoàn thành và vượt 21 chỉ tiêu": the verb, not "more than"
            return name
    if _OR_MORE.match(ctx.folded[fig.end:fig.end + 12]):
        return "at_least"
    if _ESTIMATE_OPENER.match(ctx.folded, sent_start, start):
        return "approx"  # "Ước đến hết năm 2024, tỷ lệ ... đạt 75%": the whole sentence is an estimate
    return "exact"


_COORDINATED_LEVELS = re.compile(r"[\s,]*(?:và|,|cả)?[\s,]*")
# "23 tổ cấp xã và 194 tổ cấp thôn với 1.250 thành viên" (or the levels in brackets after the total: "2.319 Tổ
# … (204 tổ cấp xã, 2.115 tổ cấp bản, tiểu khu) với 13.902 thành viên"): the members of all the teams listed,
# at each level (a count between the levels, no members' count between them)
# (a level may be named with its other units: "cấp thôn, buôn", "cấp thôn, tổ dân phố")
_MEMBERS_OF_TEAMS_AT_LEVELS = re.compile(rf"(?:cấp|tổ cấp) {_LEVEL_WORDS}(?:,|\svà)\s+[\d.]+\s+tổ"
                                         rf"[^,;.\d]{{0,40}}?cấp {_LEVEL_WORDS}"
                                         rf"(?:\s*(?:,|và)\s*(?:{_TEAM_UNITS}))*"
                                         r"\s*\)?\s*,?\s*(?:với|gồm)\s+(?:tổng (?:số|cộng)\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$")


def _shared_or_total(fig: Figure, levels: list[str]) -> list[str]:
    """Coordinated levels share a rate ("100% hồ sơ cấp tỉnh và cấp huyện": each level's), but a
    count over them is their total ("1.302 tổ ở cấp xã và cấp thôn"), of no one level."""
    return levels if len(levels) == 1 or fig.unit != "count" else []


def _levels(ctx: _Context, fig: Figure, lo: int, hi: int, clause_start: int, clause_end: int) -> list[str | None]:
    head = ctx.folded[fig.end:min(hi, fig.end + 60)]
    m = _LEVEL.search(head)
    if m and not re.search(r"[.;,(]", head[:m.start()]):
        # (levels coordinated with it may run past the window: "ở cấp xã và cấp thôn")
        head = ctx.folded[fig.end:min(clause_end, fig.end + 60)]
        after = list(_LEVEL.finditer(head, m.start()))
        levels = [ctx.level_of(after[0].group(1))]
        for prev, cur in zip(after, after[1:]):
            if not _COORDINATED_LEVELS.fullmatch(head, prev.end(), cur.start()):
                break
            levels.append(ctx.level_of(cur.group(1)))
        return _shared_or_total(fig, levels)
    left = ctx.folded[lo:fig.start]
    if _MEMBERS_OF_TEAMS_AT_LEVELS.search(ctx.folded, max(clause_start, fig.start - 120), fig.start):
        return [None]
    found = list(_LEVEL.finditer(left))
    if found:
        levels = [ctx.level_of(found[-1].group(1))]
        # "cấp tỉnh và cấp huyện đạt 100%": one number for coordinated levels
        for prev, cur in zip(reversed(found[:-1]), reversed(found[1:])):
            if _COORDINATED_LEVELS.fullmatch(left, prev.end(), cur.start()):
                levels.insert(0, ctx.level_of(prev.group(1)))
            else:
                break
        return _shared_or_total(fig, levels)
    # Earlier in the same clause only: "...cấp tỉnh, cấp huyện đã ...; tỷ lệ X đạt 98%"
    # names no level for X.
    wider = list(_LEVEL.finditer(ctx.folded[clause_start:lo]))
    if wider:
        return [ctx.level_of(wider[-1].group(1))]
    team = None
    # (from the clause start: "8 tổ ... ở 8 phường với 396 thành viên" has a figure between)
    for team in _TEAM_OF_UNIT.finditer(ctx.folded, clause_start, fig.start):
        pass
    if team is not None and team.group(0).endswith(_ONE_UNITS_TEAMS) \
            and any(c.group(1) not in ("1", "01") for c in _TEAMS_COUNTED.finditer(ctx.folded, team.end(), fig.end + 4)):
        # "Tổ công nghệ số cộng đồng của xã có 12 tổ với 84 thành viên": one commune's teams (of its
        # villages), not the commune level ("Tổ … của xã có 45 thành viên" is the commune's own team)
        return []
    if team is None:
        # "185 tổ công nghệ số cộng đồng ở các thôn" (to the clause end: the window may stop
        # at the units' count, "ở 8 phường")
        team = _TEAMS_AT_UNITS_AFTER.match(ctx.folded, fig.end, max(hi, clause_end))
    if team is None:
        return []
    units = _UNITS_COUNTED.search(team.group(0))
    teams = [int(c.group(1).replace(".", ""))
             for c in _TEAMS_COUNTED.finditer(ctx.folded, clause_start, max(fig.end + 4, team.end()))]
    if units is not None and any(n > int(units.group(1).replace(".", "")) for n in teams):
        # "848 tổ … tại 94/94 xã, phường": more teams than units, so not one team per unit: the
        # units' villages have teams too, and the count is a total over levels
        return [None]
    levels = _level_of_team_units(ctx.folded, team)
    if levels == ["commune"] and any(n > _MOST_COMMUNES[ctx.system] for n in teams):
        return [None]  # "tại 100% xã, phường với 2.812 tổ": more teams than any province has communes
    return levels


def _level_of(word: str) -> str:
    """The admin level a level or unit word names ("cấp tỉnh", "xã", "tổ dân phố"): the gazetteer's
    unit levels, the province, and a village for the village words it has no entry for."""
    return "province" if word == "tỉnh" else geo.UNIT_LEVEL.get(word, "village")


def _level_of_team_units(folded: str, team: re.Match) -> list[str | None]:
    """The level of the units teams are said to belong to ("Tổ công nghệ số của xã"); none when
    the units listed span levels ("ở 75/75 xã, phường, thị trấn và 520 ấp"): a total over them."""
    levels = {_level_of(team.group(1))}
    pos = team.end()
    while (more := _MORE_TEAM_UNITS.match(folded, pos)) is not None:
        levels.add(_level_of(more.group(1)))
        pos = more.end()
    return [levels.pop()] if len(levels) == 1 else [None]


def _topic(ctx: _Context, fig: Figure, lo: int, hi: int, sent: tuple[int, int], clause_hi: int) -> Claim | None:
    """The indicator a threshold names, as an unemitted claim the next sentence may refer to
    ("Dẫn đầu là Bình Dương (95,2%)" after "… đạt tỷ lệ hồ sơ trực tuyến trên 80%")."""
    match = _classify(ctx, fig, lo, hi, fig.unit)
    if match is None:
        return None
    kind = _kind(ctx, fig, sent[0], lo)
    q_lo = min([fig.start] + [a for a, _ in match.spans if a >= lo])
    return Claim(doc=ctx.doc.doc, province_code=None, province=None, indicator=match.rule.code, kind=kind,
                 unit=fig.unit, value=fig.value, value_max=None, denominator=None, qualifier="at_least",
                 level=None, place=None, period=_period(ctx, fig, kind, sent, clause_hi),
                 quote=ctx.text[q_lo:fig.end], start=q_lo, end=fig.end,
                 reason=f"threshold, cue: {match.cue}", number_start=fig.start)


def _unnamed_topic(ctx: _Context, fig: Figure) -> Claim | None:
    """A bar stated without naming its rate ("Quận A và quận B có tỷ lệ trên 95%") is on the rate
    stated just before, which the next sentence may still go on with."""
    last = ctx.last_claim
    return last if last is not None and last.indicator and last.unit == fig.unit else None


def _period(ctx: _Context, fig: Figure, kind: str, sent: tuple[int, int], clause_hi: int) -> int | None:
    s, _ = sent
    if ctx.respective_years and fig.start in ctx.respective_years:
        return ctx.respective_years[fig.start]  # "năm 2022, 2023, 2024 lần lượt là 21%, 45% và 68%"
    own = _OWN_YEAR.match(ctx.folded, fig.end)
    if own is None and fig.unit in ("rank", "score") and ctx.folded.startswith(" về", fig.end):
        own = _RANKED_ON_YEAR.match(ctx.folded, fig.end)  # "xếp thứ 4/63 về Chỉ số DTI năm 2023": the index's year
    if own is not None and not (kind == "actual" and ctx.published and int(own.group(1)) > ctx.published.year):
        return int(own.group(1))  # "tăng từ 31% năm 2022 lên 54,3%"
    if kind == "actual" and _FROM_LEVEL_BEFORE.search(ctx.folded, max(s, fig.start - 16), fig.start) \
            and _TO_LEVEL_AFTER.match(ctx.folded, fig.end):
        return None  # "Năm 2023, tỷ lệ … tăng từ 31% lên 54,3%": where it started, at a time the text does not give
    if kind == "actual" and ctx.published is not None and ctx.folded.find("năm nay", max(s, fig.start - 40), fig.start) >= 0:
        clause = max(ctx.folded.rfind(",", s, fig.start), ctx.folded.rfind(";", s, fig.start), s)
        if ctx.folded.find("năm nay", clause, fig.start) >= 0 and \
                not ctx.folded[clause:fig.start].rstrip().endswith(("so với năm nay", "hơn năm nay")):
            return ctx.published.year  # "… năm 2023 chỉ đạt 41%, năm nay đã tăng lên 63%": this year
    best = None
    now_lo = max(s, fig.start - 80)
    now = _NOW_AFTER_BREAK.search(ctx.folded, now_lo, fig.start) \
        if kind == "actual" and ctx.folded.find(" nay", now_lo, fig.start) >= 0 else None  # (the cheap test first)
    for m in ctx.years_in_sentence(sent):
        if m.end() > clause_hi:
            break
        if now is not None and m.end() <= now.start():
            continue  # "Năm 2023, … 142 xóm; đến nay … còn 63 xóm": the earlier clause's year is not today's
        opens = _YEAR_OPENS_ANOTHER_FIGURE.match(ctx.folded, m.end(), fig.start + 1)
        if opens is not None and opens.end() == fig.start + 1:
            return int(m.group(1))  # "(cùng kỳ năm 2023 là 41,2%)": the year introduces this figure
        if _BRACKET_AFTER_YEAR.fullmatch(ctx.folded, m.end(), fig.start):
            return int(m.group(1))  # "tăng 9 bậc so với năm 2021 (xếp thứ 60/63)": the compared year's figure
        before = ctx.folded[max(0, m.start() - 25):m.start()]
        tail = before.rstrip()
        range_end = tail[-1:] in ("-", "–") and _YEAR_RANGE_START.search(tail)
        if tail.endswith(("cùng kỳ", "cùng kỳ năm")) and m.end() < fig.start \
                and _SAME_TIME_OPENER.fullmatch(ctx.folded, s, m.start()) and ctx.folded.startswith(",", m.end()):
            return int(m.group(1))  # "Cùng kỳ năm 2023, tỷ lệ … chỉ đạt 55,6%": the sentence opens on the year it states
        if tail.endswith(("cùng kỳ", "cùng kỳ năm")) or _COMPARED_WITH_YEAR.search(tail) or (
                tail[-1:] in ("/", "-") and not range_end):
            continue  # "tăng 35.000 so với cuối năm 2023": the year compared with; "1-6-2023": a date
        if kind == "actual" and tail.endswith(("từ năm", "từ")) and (
                _SINCE_UNTIL_NOW.match(ctx.folded, m.end()) or ctx.folded.startswith(",", m.end())):
            continue  # "Tính từ năm 2021 đến nay, … còn 4 thôn", "Từ năm 2022, …": today's count, 2021 its start
        other = _YEAR_OF_ANOTHER_FIGURE.search(before)
        if other is not None and not fig.start <= max(0, m.start() - 25) + other.start() < fig.end:
            continue  # "từ 31% năm 2022 lên 54,3%": 2022 is the 31%'s year, not the 54,3%'s
        if m.start() >= fig.end and _YEAR_OPENS_ANOTHER_FIGURE.match(ctx.folded, m.end()):
            continue  # "đạt 67,5% (năm 2023 là 45,1%)": the year of the figure it introduces
        if m.start() >= fig.end and ctx.folded.find(",", fig.end, m.start()) >= 0 \
                and _BREAKDOWN.search(ctx.folded, fig.end, m.start()):
            continue  # "1.450 trạm BTS, trong đó 120 trạm được lắp mới trong năm 2022": the part's year
        if range_end and kind == "actual":
            continue  # "giai đoạn 2021 – 2025": the end year of a plan is not when an actual happened
        y = int(m.group(1))
        span = _YEAR_RANGE_TAIL.match(ctx.folded, m.end(), m.end() + 8)
        if span is not None:
            if kind == "actual":
                continue  # "giai đoạn 2021-2025": an actual's year is unsure
            y = int(span.group(1))  # a goal's deadline is the span's last year
        if kind == "actual" and ctx.published and y > ctx.published.year:
            continue
        dist = fig.start - m.end() if m.end() <= fig.start else (m.start() - fig.end) + 50
        if kind == "target" and m.end() <= fig.start and ctx.folded.find(";", m.end(), fig.start) >= 0:
            dist += 100  # "đến năm 2030 … đạt 90%; 75% … vào cuối năm 2026": the goal's own deadline after it wins
        if best is None or dist < best[0]:
            best = (dist, y)
    lead = ctx.folded[s:fig.start]
    if ("/20" in lead or "-20" in lead or ".20" in lead) and ("đến " in lead or "tới " in lead):
        for m in _AS_OF_DATE.finditer(ctx.folded, s, fig.start):
            y = int(m.group(1))
            if (best is None or fig.start - m.end() < best[0]) and not (
                    kind == "actual" and ctx.published and y > ctx.published.year):
                best = (fig.start - m.end(), y)
    if best is None and kind == "actual" and "/20" in lead and ("tháng" in lead or "quý" in lead):
        for m in _QUARTER_OR_MONTH_YEAR.finditer(ctx.folded, s, fig.start):
            y = int(m.group(1))
            if not (ctx.published and y > ctx.published.year) \
                    and not _COMPARED_WITH_YEAR.search(ctx.folded[max(s, m.start() - 20):m.start()].rstrip()) \
                    and not ctx.folded[max(s, m.start() - 12):m.start()].rstrip().endswith("cùng kỳ"):
                best = (fig.start - m.end(), y)  # "Tháng 10/2025, tỷ lệ hồ sơ trực tuyến đạt 82,6%": that month's year
    if best:
        if kind == "actual" and best[0] < 200 and fig.start - best[0] > s \
                and _last_year_said(ctx, s, fig.start - best[0], fig.start):
            return best[1] - 1  # "… năm 2024 đạt 68,2%, trong khi cùng kỳ năm trước chỉ đạt 45,6%": the year before it
        return best[1]
    if kind == "target" and ctx.published is not None and "năm nay" in lead:
        return ctx.published.year  # "Năm nay, tỉnh phấn đấu 100% bản có sóng di động" in February: this year's goal
    if kind == "target" and ctx.published is not None and ("năm tới" in lead or "sang năm" in lead) \
            and _NEXT_YEAR.search(lead):
        return ctx.published.year + 1  # "Năm tới, tỉnh dự kiến đạt 75%": next year's goal (not "những năm tới")
    if kind == "target" and "tới" in lead and _SOME_TIME_AHEAD.search(lead):
        return None  # "Trong những năm tới, tỉnh phấn đấu … đạt 90%": a goal of no year the text gives
    if kind == "target" and ctx.folded.find("/20", fig.end, clause_hi) >= 0:
        deadline = _DEADLINE_MONTH_AFTER.match(ctx.folded, fig.end, clause_hi)
        if deadline is not None:
            return int(deadline.group(1))  # "phủ sóng 4G đến 100% thôn trước tháng 6/2025"
    if kind == "actual" and "năm " in lead and ctx.default_year is not None:
        if _last_year_said(ctx, s, s, fig.start):
            return ctx.default_year - 1  # "Cùng kỳ năm trước, tỷ lệ này chỉ đạt 55,8%": the year before the report's
    if fig.context_year and not (kind == "actual" and ctx.published and fig.context_year > ctx.published.year):
        return fig.context_year  # (not a goal's year for a result inheriting its indicator: "hiện nay tỷ lệ này mới đạt 61%")
    if kind == "actual" and ctx.last_claim is not None and ctx.last_claim.kind == "actual" \
            and ctx.last_claim.period is not None and _MEANWHILE.match(ctx.folded, s):
        return ctx.last_claim.period  # "… năm 2023 đạt 75,4%. Trong khi đó, Đắk Nông … đạt 58,1%": the same time
    lead_claim = ctx.previous_lead
    if kind == "actual" and lead_claim is not None and lead_claim.kind == "actual" and lead_claim.period is not None \
            and _BREAKDOWN_OPENER.match(ctx.folded, s):
        # "DTI năm 2022 … xếp thứ 58/63 (năm 2021 …). Trong đó, chính quyền số xếp thứ 55": the breakdown of
        # the previous sentence's figure (not of one compared in brackets), of its time
        return lead_claim.period
    if kind == "target":
        for a, b, year in ctx.goals_lists:
            if a <= fig.start < b and year is not None:
                return year  # "Đến năm 2030, tỉnh phấn đấu:\n- Kinh tế số chiếm 20% GRDP": the list's year
        heading = _heading_year(ctx, paragraph_start(ctx.text, fig.start))
        if heading is not None:
            return heading  # "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\nPhấn đấu tỷ lệ … đạt trên 80%"
    if kind == "actual" and ctx.published is not None and "tháng" in lead:
        months = _MONTHS_OF_THE_YEAR.search(lead)
        if months is not None:
            # "Tỷ lệ hồ sơ trực tuyến 2 tháng đầu năm đạt 64,9%" in March 2024: this year's first months
            # (in January, "11 tháng đầu năm" are last year's)
            return ctx.published.year - (ctx.published.month < int(months.group(1)))
    if kind == "actual" and _written_now(ctx, s, fig.start):
        # "Thành phố hiện có …" in a November article on last year's index (over a frame of the paragraph)
        return ctx.published.year
    # A frame such as "Năm 2023, ..." opening the paragraph.
    p = paragraph_start(ctx.text, fig.start)
    frame = None
    before = ctx.folded[p:s]
    if "năm" in before:  # the pattern needs it; the test is much cheaper than the scan
        for frame in _PARAGRAPH_YEAR_FRAME.finditer(before):
            pass
    if frame is not None:
        if kind == "actual" and _written_now(ctx, s, fig.start, int(frame.group(1))):
            return ctx.published.year  # "Năm 2021, … còn 152 xóm. Đến nay, số xóm … còn 37 xóm": today's
        return int(frame.group(1))
    asked = _year_asked(ctx, p)
    if asked is not None and not (kind == "actual" and ctx.published and asked > ctx.published.year):
        return asked  # "PV: Năm 2025, tỉnh đặt ra những mục tiêu gì?" dates the answer below it
    if kind == "target" and ctx.plan_year is not None:
        return ctx.plan_year  # "Kế hoạch chuyển đổi số năm 2024": the plan's goals are for its year
    return ctx.default_year


def _heading_year(ctx: _Context, p: int) -> int | None:
    """The year of a plan's heading on the line right above paragraph p ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025")."""
    if p < 2:
        return None
    line_start = ctx.text.rfind("\n", 0, p - 1) + 1
    if p - line_start > 120:
        return None
    m = _PLAN_HEADING.search(ctx.folded, line_start, p - 1)
    return int(m.group(1)) if m else None


def _written_now(ctx: _Context, a: int, b: int, year: int | None = None) -> bool:
    """Whether text[a:b] dates its figure to the time of writing ("hiện có", "đến nay") in an
    article whose report year (or the given frame's year) is an earlier one. Not in January or
    February, when "đến nay" still closes the year just ended."""
    pub = ctx.published
    if year is None:
        year = ctx.default_year
    return (pub is not None and year is not None and pub.year > year and pub.month > 2
            and (ctx.folded.find("hiện", a, b) >= 0 or ctx.folded.find(" nay", a, b) >= 0)
            and _NOW.search(ctx.folded, a, b) is not None)


def _ranked_on_other_index(ctx: _Context, fig: Figure, c_lo: int, match: Match) -> bool:
    """Whether a rank's (or score's) own clause names another index than the DTI, which the DTI's cue does not
    share: its comma-clause before it ("Chỉ số PAR INDEX … xếp thứ 10/63, …") or what it is "về" ("thứ 20/63 về Chỉ
    số PCI và …")."""
    left = max(ctx.folded.rfind(",", c_lo, fig.start) + 1, c_lo)
    right = fig.end
    if _RANKED_ON.match(ctx.folded, fig.end):
        joint = _NEXT_JOINT.search(ctx.folded, fig.end + 3, min(len(ctx.folded), fig.end + 80))
        right = joint.start() if joint else _phrase_end(ctx, fig.end, min(len(ctx.folded), fig.end + 80))
    if not (_OTHER_RANKING.search(ctx.folded, left, fig.start) or _OTHER_RANKING.search(ctx.folded, fig.end, right)):
        return False
    return not any(left <= a < right for a, _ in match.spans)


def _own_predicate_reading(ctx: _Context, figures: list[Figure], fig: Figure, c_lo: int, hi: int) -> Match | None:
    """A count in a later clause with a verb of its own, read on its own phrase with the noun phrase the
    sentence's first figure counted ("312 sản phẩm OCOP, …; 198 sản phẩm được bán trên các sàn …")."""
    first = figures[0]  # (a sentence's figures are its own: the first is the sentence's first)
    if first.start >= c_lo or first.unit != "count" \
            or _OWN_PREDICATE_AFTER.match(ctx.folded, fig.end, hi) is None:
        return None
    return _read_on_own_phrase(ctx, fig, hi, ctx.folded[first.end:_phrase_end(ctx, first.end, c_lo)])


def _read_on_own_phrase(ctx: _Context, fig: Figure, hi: int, subject: str) -> Match | None:
    """A count read on its own phrase (to hi) with a subject from elsewhere in its sentence, its cue spanning
    that phrase."""
    own = _classify_text(subject + " " + ctx.folded[fig.start:hi], fig.unit)
    if own is None:
        return None
    own_end = fig.end + len(ctx.text[fig.end:hi].rstrip(" .,;:\n"))
    return Match(own.rule, own.score, [(fig.start, own_end)], own.cue)


def _counts_with_own_predicates(ctx: _Context, prev: Figure, fig: Figure, c_lo: int, hi: int) -> bool:
    """Two counts in one clause joined by "và" or a comma, each with its noun and a verb of its own."""
    if prev.unit != "count" or prev.start < c_lo:
        return False
    gap = ctx.folded[prev.end:fig.start].rstrip()
    return gap.endswith((" và", ",")) and _OWN_PREDICATE_AFTER.match(ctx.folded, prev.end, fig.start) is not None \
        and _OWN_PREDICATE_AFTER.match(ctx.folded, fig.end, hi) is not None


def _list_intro(ctx: _Context, s: int) -> tuple[int, int] | None:
    """The line announcing the list whose item holds ``s`` ("… gồm:" above "1. Bình Dương: 92,4%"): the
    line before the run of item lines, ending with a colon; None when the line is no list item."""
    line = ctx.text.rfind("\n", 0, s) + 1
    if not _LIST_ITEM.match(ctx.text, line):
        return None
    for _ in range(30):  # (a list of thirty items is long already)
        if line < 2:
            return None
        above = ctx.text.rfind("\n", 0, line - 1) + 1
        if not _LIST_ITEM.match(ctx.text, above):
            text = ctx.text[above:line - 1].rstrip()
            return (above, above + len(text)) if text.endswith(":") else None
        line = above
    return None


def _goes_on_about_the_province(ctx: _Context, s: int, fig_start: int) -> bool:
    """Whether the body has turned to the whole province: the previous sentence's figure was the
    province's own ("Hiện toàn tỉnh có 6.820 trạm BTS" under a title about one city), so the next
    unscoped figure goes on with it rather than with the title's place — unless the sentence names the
    place's unit again as its subject ("…, xã phấn đấu 100% thôn có sóng 4G")."""
    lead = ctx.previous_lead
    if lead is None or lead.place is not None or lead.province_code != ctx.province_code or lead.start < ctx.title_end:
        return False
    unit = fold(ctx.title_place).split(" ", 1)[0]
    return re.search(rf"(?<!\w){re.escape(unit)}(?!\w)", ctx.folded[s:fig_start]) is None


def _in_brackets(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` lies inside brackets opened after ``lo``."""
    return text.rfind("(", lo, at) > text.rfind(")", lo, at)


def _year_asked(ctx: _Context, paragraph: int) -> int | None:
    """The year an interviewer's question names, when the paragraph above is a question."""
    if paragraph < 2:
        return None
    q_start = ctx.text.rfind("\n", 0, paragraph - 1) + 1
    question = ctx.folded[q_start:paragraph - 1].rstrip()
    if not question.endswith("?"):
        return None
    years = _NAMED_YEAR.findall(question)
    return int(years[-1]) if years else None


def _implausible(indicator: str | None, unit: str, fig: Figure) -> bool:
    """A share over 100%, or what the DTI cannot give: it scores provinces from 0 to 1 and ranks
    them out of all provinces ("712,5 điểm", "thứ 30/30" are some other index's, such as a
    province's own ranking of its districts)."""
    if unit == "percent":
        return fig.value > 100
    if unit == "score":
        return fig.value > 1
    return unit == "rank" and (indicator or "").startswith("dti_") and fig.denominator not in (None, 63, 34)


_DIGITAL_ECONOMY_SHARES = {"digital_economy_share_grdp", "ict_share_of_digital_economy"}
# The parts of the digital economy as reports split it: "kinh tế số ICT (lõi)", "kinh tế số nền tảng",
# "kinh tế số ngành / các ngành, lĩnh vực".
_DIGITAL_ECONOMY_PART = re.compile(r"kinh tế số (ict|lõi|nền tảng|ngành|các ngành|trong các ngành|lĩnh vực)(?!\w)")
_OF_GRDP_AFTER = re.compile(r"\s+(?:(?:trong|của|tổng|trên)\s+)*(?:grdp|gdp)\b")


def _digital_economy_part(ctx: _Context, indicator: str, fig: Figure, sent_start: int, previous: Claim | None) -> str | None:
    """The part of the digital economy a share is about, when no indicator holds that part's
    share: "kinh tế số ICT chiếm 22,1% GRDP", "kinh tế số ngành chiếm 3,5%" (the whole's share is
    digital_economy_share_grdp; the ICT part's share *of the digital economy* is
    ict_share_of_digital_economy: "trong đó kinh tế số ICT chiếm khoảng 45%")."""
    lo = max(sent_start, fig.start - 60)
    i = ctx.folded.rfind("kinh tế số", lo, fig.start)
    if i < 0:
        return None
    part = _DIGITAL_ECONOMY_PART.match(ctx.folded, i)
    if part is None:
        return None
    if part.group(1) in ("ict", "lõi") and indicator == "ict_share_of_digital_economy" \
            and not _OF_GRDP_AFTER.match(ctx.folded, fig.end) and not _smaller_than_the_grdp_share_before(fig, sent_start, previous):
        return None
    return ctx.text[part.start():part.end()]


def _sub_index_names_the_figure(ctx: _Context, a: int, b: int) -> bool:
    """Whether the last index text[a:b] names is the province's own index of its communes or districts, not
    the DTI named after it ("… đánh giá Chỉ số chuyển đổi số cấp xã. Chỉ số DTI của tỉnh … xếp thứ 12/63")."""
    sub = None
    for sub in _SUB_PROVINCIAL_INDEX.finditer(ctx.folded, a, b):
        pass
    if sub is None:
        return False
    return all(ctx.folded.startswith(" cấp", m.end()) for m in _DTI_NAME.finditer(ctx.folded, sub.end(), b))


def _count_named_alike(ctx: _Context, fig: Figure) -> Claim | None:
    """The count of the sentence before whose noun right after its number is the figure's own."""
    noun = _NOUN_AFTER.match(ctx.folded, fig.end)
    if noun is None:
        return None
    own = ctx.folded[fig.end:noun.end()].strip()
    for c in ctx.previous_found:
        if c.unit == "count" and c.indicator and c.number_start >= 0:
            end = c.number_start + len(c.number_text)
            theirs = _NOUN_AFTER.match(ctx.folded, end)
            if theirs is not None and ctx.folded[end:theirs.end()].strip() == own \
                    and not _QUALIFIED_NOUN_NEXT.match(ctx.folded, theirs.end()):
                return c
    return None


_QUALIFIED_NOUN_NEXT = re.compile(r"\s+(?:trực tuyến|qua mạng|được|đã|có)\b")


def _smaller_than_the_grdp_share_before(fig: Figure, sent_start: int, last: Claim | None) -> bool:
    """"tỷ trọng kinh tế số trong GRDP … đạt 8,2%, trong đó kinh tế số ICT chiếm 3,1%": a part smaller than the
    whole's share of GRDP just stated is a part of that share (of GRDP), not the ICT part's share of the digital
    economy (which runs well above it: "trong đó kinh tế số ICT chiếm khoảng 45%")."""
    return last is not None and last.indicator == "digital_economy_share_grdp" and last.unit == "percent" \
        and last.number_start >= sent_start and fig.value < last.value


def _unit_for(indicator: str | None, fig: Figure, ctx: _Context) -> str:
    """percent vs percent_of_target ("đạt 95,4% kế hoạch", "đạt 111,3%" of a quota)."""
    if fig.unit != "percent" or indicator is None:
        return fig.unit
    allowed = taxonomy()[indicator].units
    after = ctx.folded[fig.end:fig.end + 30]
    # ("62,3%/50% kế hoạch": the plan's own figure is the pair's target, not a share of it)
    said_of_target = _OF_TARGET_AFTER.match(after) and fig.pair_role != "target"
    if said_of_target or ("percent_of_target" in allowed and fig.value > 100):
        # ("bằng 88,3% kế hoạch năm" of an indicator not measured against plans: the caller drops the indicator)
        return "percent_of_target"
    if "percent" not in allowed:
        return "percent_of_target" if "percent_of_target" in allowed else "percent"
    return "percent"


def extract_claims(doc: Document) -> list[Claim]:
    ctx = _Context(doc)
    claims: list[Claim] = []
    for sent in sentences(ctx.text):
        if sent[0] >= ctx.end:
            break
        if ctx.in_furniture(sent[0]):
            continue
        ctx.topic = None
        found = _sentence_claims(ctx, sent)
        claims.extend(found)
        if found or ctx.topic is not None or not (ctx.text[sent[0]:sent[1]].rstrip().endswith(":")
                                                  or _ITEM_NUMBER_ONLY.fullmatch(ctx.text, sent[0], sent[1])):
            # (a sentence that only announces a list, "Một số xã có tỷ lệ cao:", keeps the rate before it
            # for the items under it; so does an item's number read as a sentence of its own, "1.")
            named = next((c for c in reversed(found) if c.indicator), ctx.topic)
            if named is not None or ctx.last_claim is None or ctx.folded.find(" này", *sent) < 0 \
                    or not _ANAPHORA.search(ctx.folded, *sent):
                # (a sentence that names the rate again only by "tỷ lệ này", stating nothing of it —
                # "tỉnh đứng thứ 3 về tỷ lệ này" — keeps it for the next)
                ctx.last_claim = named
                # (the other rates of its sentence: a bare figure after two different ones names neither)
                ctx.last_claim_rivals = {c.indicator for c in found if c.indicator and named is not None
                                         and c.unit == named.unit and c.indicator != named.indicator}
        for c in found:
            if c.indicator:
                ctx.last_by_unit[c.unit] = c
        ctx.previous_sentence = sent
        ctx.previous_found = found
        ctx.previous_lead = next((c for c in found if c.indicator and not _in_brackets(ctx.text, sent[0], c.start)),
                                 None) if found else None
    return _dedupe(_without_title_repeats(claims, ctx.title_end))


def _sentence_claims(ctx: _Context, sent: tuple[int, int]) -> list[Claim]:
    s, e = sent
    e = min(e, ctx.end)
    first, last = bisect_left(ctx.number_starts, s), bisect_left(ctx.number_starts, e)
    table_row = is_row(ctx.text, s, e)
    in_words = [f for f in ctx.word_ranks if s <= f.start < e] if ctx.word_ranks else []
    if first == last and not (table_row and _DIGIT.search(ctx.text, s, e)) and not in_words:
        return []  # most sentences state no number at all
    if table_row:
        cells = row_figures(ctx.text, ctx.folded, s)
        if cells is not None:  # a row of a table with a header (three columns or more, or units and one value column)
            return _table_row_claims(ctx, (s, e), cells)
    figures = find_figures(ctx.text, ctx.folded, s, e, ctx.numbers[first:last])
    if in_words:
        figures = sorted(figures + in_words, key=lambda f: f.start)
    if not figures:
        return []
    out: list[Claim] = []
    clause_spans = clauses(ctx.text, (s, e))
    previous: Claim | None = None
    wholes: dict[str, float] = {}  # "trong số 20 mục tiêu": noun → whole
    respectively = _respectively(ctx, figures, clause_spans)
    sentence_place: list[str | None] = []  # the sentence's place, read when a figure first needs it
    # (whether the sentence may state a condition at all: most do not, and then no figure asks)
    conditional = ctx.folded.find("nếu", s, e) >= 0 or ctx.folded.find("giả", s, e) >= 0 \
        or ctx.folded.find("trường hợp", s, e) >= 0
    for i, fig in enumerate(figures):
        c_lo, c_hi = next(((a, b) for a, b in clause_spans if a <= fig.start < b), (s, e))
        # "99,8% thôn đã có sóng 4G, chỉ còn 2 thôn ở huyện Phù Cừ": what remains after a share is not named by the
        # share's words, only by its own (the window starts after them; no later step reads them back)
        share_rest = _rest_after_share(ctx, figures, i, c_lo)
        lo, hi = _window(ctx, figures, i, c_lo, c_hi, share_rest)
        if fig.unit == "count" and ((fig.start - s < 14 and _OPENING_TRONG.search(ctx.folded[s:fig.start][-14:]))
                                    or (ctx.folded.find("trong ", max(s, fig.start - 16), fig.start) >= 0
                                        and _CLAUSE_TRONG.match(ctx.folded, max(s, fig.start - 16), fig.start))):
            fig.of_total = True  # "Trong 13 mục tiêu đã đạt ..., có 1 mục tiêu về ...": a whole
        whole_match = None
        if fig.of_total:
            noun = _NOUN_AFTER.match(ctx.folded[fig.end:hi])
            if noun:
                wholes[noun.group(1)] = fig.value
            whole_match = _whole_that_is_a_stock(ctx, fig, hi, s)
            if whole_match is None:
                continue
        if fig.unit == "count" and _campaign_verb_before(ctx, c_lo, fig.start, _TRAINED_LAST_WORDS, _TRAINED_BEFORE, 50):
            continue  # "tập huấn cho hơn 300 thành viên": those trained, not a stock of anything
        if fig.unit == "count" and _campaign_verb_before(ctx, c_lo, fig.start, _HELPED_LAST_WORDS, _HELPED_BEFORE, 40) \
                and _PEOPLE_AFTER.match(ctx.folded, fig.end):
            continue  # "hỗ trợ 1.200 người dân cài đặt VNeID": those helped
        if _DISTRIBUTIVE.search(ctx.folded, c_lo, fig.start):
            continue  # "mỗi xã thành lập từ 3-5 tổ": a figure per unit, not a total of anything
        if conditional and _hypothetical(ctx, s, fig.start):
            continue  # "Nếu tỷ lệ này đạt 80%, mỗi năm thành phố sẽ tiết kiệm …": a condition, neither result nor goal
        if _part_of_another_owner(ctx, c_lo, fig.start):
            continue  # "1.450 trạm BTS, trong đó Viettel có 820 trạm": an operator's part
        if fig.unit == "percent" and i > 0 and figures[i - 1].unit == "percent" and figures[i - 1].start >= s \
                and (ctx.folded.find("trong đó", figures[i - 1].end, fig.start) >= 0
                     or ctx.folded.find("riêng", figures[i - 1].end, fig.start) >= 0) \
                and (part := _SECTOR_PART.search(ctx.folded, figures[i - 1].end, fig.start)) is not None \
                and _PART_REACHES.fullmatch(ctx.folded, part.start(1), fig.start):
            continue  # "Tỷ lệ hồ sơ trực tuyến đạt 88%, trong đó hồ sơ thuế đạt 99%": a sector's part, which the
            # schema cannot hold (it has places and levels, not sectors): no figure of the province's
        if fig.unit == "percent" and i + 1 < len(figures) and figures[i + 1].unit == "percent" \
                and figures[i + 1].start < c_hi and _SHARE_OF_UNITS_MEETING.match(ctx.folded, fig.end, figures[i + 1].start):
            continue  # "100% xã, phường đạt tỷ lệ hồ sơ trực tuyến trên 80%": the share of units clearing a bar
        if fig.unit == "percent" and i > 0 and figures[i - 1].start >= c_lo and (
                (figures[i - 1].unit == "count" and _UNITS_MEETING_THRESHOLD.match(ctx.folded, figures[i - 1].end, fig.start))
                or (figures[i - 1].unit == "percent" and _SHARE_OF_UNITS_MEETING.match(ctx.folded, figures[i - 1].end, fig.start))):
            ctx.topic = previous = _topic(ctx, fig, lo, hi, (s, e), c_hi) or previous or _unnamed_topic(ctx, fig)
            continue  # "7/8 huyện đạt tỷ lệ hồ sơ trực tuyến trên 60%": a threshold the units meet
            # (what follows in the sentence may name one of them: "…, trong đó huyện A đạt 84,2%")
        if fig.unit == "percent" and i > 0 and figures[i - 1].unit == "count" and figures[i - 1].start >= c_lo \
                and _UNITS_HAVING_SHARE.match(ctx.folded, figures[i - 1].end, fig.start):
            continue  # "05 huyện có 100% thôn có sóng 4G": each of those districts' share
        if fig.unit == "percent" and ctx.folded[max(c_lo, fig.start - 12):fig.start].rstrip().endswith(_BAR_WORDS) \
                and (_threshold_of_units(ctx, c_lo, fig.start) or _several_named(ctx, c_lo, fig.start)):
            ctx.topic = previous = _topic(ctx, fig, lo, hi, (s, e), c_hi) or previous or _unnamed_topic(ctx, fig)
            continue  # "Nhiều quận đạt tỷ lệ hồ sơ trực tuyến trên 90%": a bar several units clear (or fall under)
        if fig.unit == "percent" and i > 0 and figures[i - 1].unit == "percent" and figures[i - 1].start >= c_lo \
                and _RANGE_TO.fullmatch(ctx.folded, figures[i - 1].end, fig.start) \
                and ctx.folded[max(c_lo, figures[i - 1].start - 12):figures[i - 1].start].rstrip().endswith("từ") \
                and _threshold_of_units(ctx, c_lo, figures[i - 1].start):
            continue  # "Các địa phương còn lại đạt từ 60% đến 78%": the spread of several units, end to end
        if fig.unit == "count" and ctx.folded.find("mỗi ", c_lo, c_hi) >= 0 and _PER_PERIOD.search(ctx.folded, c_lo, c_hi):
            continue  # "mỗi năm có thêm 30-32 nghìn hộ lắp cáp quang": a yearly flow, no count standing
        if fig.unit == "count" and _CATEGORY_BREAKDOWN.match(ctx.folded[fig.end:hi]):
            continue  # "1 mục tiêu về hạ tầng số": a breakdown by category, not the indicator
        if fig.unit == "count" and fig.denominator is None and wholes and whole_match is None:
            for noun, whole in wholes.items():
                if ctx.folded[fig.end:fig.end + len(noun) + 2].strip().startswith(noun) and fig.value <= whole:
                    fig.denominator = whole
        if whole_match is not None:
            match = whole_match
        elif i in respectively:
            resp = respectively[i]
            if resp is None:
                continue  # "lần lượt" whose subjects we cannot pair one-to-one: drop, not guess
            match = resp
        else:
            match = None
            if fig.unit == "rank" and _RANKED_ON.match(ctx.folded, fig.end):
                # "Về chính quyền số, Hải Phòng xếp thứ 9/63 về Chỉ số chuyển đổi số cấp tỉnh":
                # what the rank is "về" names the ranking, whatever the sentence opened with
                # (up to the next clause: "… năm 2023 và dẫn đầu về chính quyền số" ranks another)
                joint = _NEXT_JOINT.search(ctx.folded, fig.end + 3, hi)
                match = _classify(ctx, fig, fig.end, joint.start() if joint else hi, fig.unit)
            if match is None and i > 0:
                # "73 thôn chưa có sóng 4G, trong đó 12 thôn chưa có sóng di động": a breakdown's
                # own words come first; the whole's words are read only if they say nothing.
                breakdown = None
                for breakdown in _BREAKDOWN.finditer(ctx.folded, max(lo, figures[i - 1].end), fig.start):
                    pass
                if breakdown is not None:
                    match = _classify(ctx, fig, breakdown.end(), hi, fig.unit)
                    if match is None and fig.unit == "percent" and previous is not None and previous.indicator \
                            and previous.unit == "percent" and _PART_REACHES.fullmatch(ctx.folded, breakdown.end(), fig.start) \
                            and not _names_own_noun(ctx.folded[fig.end:fig.end + 40]):
                        # "88% thôn có sóng 4G, trong đó các xã vùng cao đạt 70%": a part's share of the whole's
                        # noun, with no noun of its own (not a share of communes)
                        match = Match(_rule_of(previous.indicator), 1.0, [breakdown.span()],
                                      f"a part of '{previous.number_text}' after '{breakdown.group(0).strip(', ')}'")
            if match is None and i > 0 and _shares_with_own_phrases(ctx, figures[i - 1], fig, c_lo):
                # "100% buôn có sóng 4G và 80% người dân có điện thoại thông minh": each share
                # names its own noun and predicate; the words between them are the first one's.
                match = _classify(ctx, fig, fig.start, hi, fig.unit)
            if match is None and ctx.folded.find("nay", lo, fig.start) >= 0:
                pivot = None
                for pivot in _NOW_PIVOT.finditer(ctx.folded, lo, fig.start):
                    pass
                if pivot is not None:
                    # the clause about today is read on its own words first (the past's "lõm sóng" is not
                    # what its "100% ấp đã có sóng 4G" or "87 bản chưa có sóng" count)
                    match = _classify(ctx, fig, pivot.end(), hi, fig.unit)
            if match is None and fig.unit == "percent" and ctx.folded[lo:fig.start].rstrip().endswith(",") \
                    and _names_own_noun(ctx.folded[fig.end:fig.end + 40]):
                # "…, xóa xóm trắng sóng, 100% trụ sở UBND cấp xã có cáp quang": a share that opens its
                # own clause with its own noun is read on its own words first
                match = _classify(ctx, fig, fig.start, hi, fig.unit)
            match = match or _classify(ctx, fig, lo, hi, fig.unit)
            if i > 0 and fig.unit == "count" and _counts_with_own_predicates(ctx, figures[i - 1], fig, c_lo, hi):
                # "156 sản phẩm OCOP, trong đó 142 sản phẩm được giới thiệu … và 98 sản phẩm được bán trên sàn": each
                # count states its own predicate; the second is read on its own phrase with the clause's subject before
                # the first, and that reading wins over the words of the first's predicate
                own = _read_on_own_phrase(ctx, fig, hi, ctx.folded[c_lo:figures[i - 1].start])
                if own is not None and (match is None or own.rule.code != match.rule.code):
                    match = own
            if match is None and i > 0 and _rate_of_count_follows(ctx, figures, i - 1) and figures[i - 1].start >= c_lo:
                # "xã tiếp nhận 2.147 hồ sơ, tỷ lệ trực tuyến đạt 89,3%": a rate named by its
                # qualifier only is a share of the count just stated, whose noun completes it
                match = _classify(ctx, fig, figures[i - 1].end, hi, fig.unit)
            if match is None and fig.unit == "percent" and i > 0 and figures[i - 1].denominator is not None \
                    and figures[i - 1].start >= c_lo and _RATIO_RESTATED.fullmatch(ctx.folded, figures[i - 1].end, fig.start):
                # "Số hồ sơ được số hóa … là 248.615/262.400 hồ sơ, đạt 94,7%": the share restates the ratio
                # before it, whose subject (before the ratio) names it
                match = _classify(ctx, fig, max(c_lo, figures[i - 1].start - WINDOW), figures[i - 1].start, fig.unit)
            if match is None and i > 0 and fig.unit == "percent" and figures[i - 1].unit == "count" \
                    and figures[i - 1].start >= s and _SHARE_OF_UNITS_COUNTED.fullmatch(ctx.folded, figures[i - 1].end, fig.start) \
                    and not _names_own_noun(ctx.folded[fig.end:fig.end + 40]):
                # "Tỉnh có 107 xã, phường, thị trấn; 100% đã có cáp quang đến trung tâm": a share of the units just
                # counted, read with their noun
                match = _classify(ctx, fig, figures[i - 1].end, hi, fig.unit)
            if match is None and previous is None and fig.unit == "percent" and ctx.folded.startswith(")", fig.end) \
                    and _COMPARED_YEAR_OPENS_BRACKET.search(ctx.folded, max(s, fig.start - 40), fig.start):
                # "So với cùng kỳ năm 2023 (45,1%), tỷ lệ thanh toán trực tuyến tăng …": the compared year's figure,
                # named by the clause after its bracket
                nxt = figures[i + 1].start if i + 1 < len(figures) else e
                match = _classify(ctx, fig, fig.end, min(nxt, fig.end + WINDOW), fig.unit)
            rest = _REMAINDER.match(ctx.folded, fig.end) if i > 0 and (match is not None or (
                fig.unit == "count" and previous is not None and previous.indicator in _COMPLEMENT)) else None
            if rest is not None and (match is None or all(a < rest.end() for a, _ in match.spans)
                                     or _NOT_YET.search(ctx.folded, rest.end(), hi)):
                # "9/11 xóm đã có sóng 4G, 2 xóm còn lại đang ...": the rest are the complement of
                # the figure before, whose words these are (no words of their own after "còn lại"), or
                # what the rest will get is not what they have ("5 thôn còn lại sẽ được phủ sóng")
                complement = _COMPLEMENT.get(previous.indicator) if previous is not None and previous.kind == "actual" \
                    and previous.unit in ("count", "percent") and not _NOT_YET.search(ctx.folded, rest.end(), hi) \
                    and _REST_LIES_OR_ENDS.match(ctx.folded, rest.end()) else None
                # ("2.463 thôn, buôn đã có sóng di động (đạt 99,3%), 18 buôn còn lại thuộc các huyện …": villages
                # with it, the rest without)
                match = Match(_rule_of(complement), 0, [(rest.start(), rest.end())], f"the rest after '{previous.quote[:50]}'") \
                    if complement else None
        if fig.unit == "count" and i > 0 and (rest := _REMAINDER.match(ctx.folded, fig.end)) is not None \
                and _NOT_YET.search(ctx.folded, rest.end(), hi):
            continue  # "31/34 bản đã có sóng, 3 bản còn lại sẽ được phủ sóng": what the rest will get, on any reading
        enum = _enumeration(ctx, figures, i, c_lo, c_hi) if match is None and i not in respectively \
            and not (fig.unit == "km" and _OWN_NOUN_AFTER_KM.match(ctx.folded, fig.end)) else None
        # (a length names its own thing right after it: "15.000 km đường dây điện và 6.200 km cáp quang")
        if match is None and enum is not None and not _opens_own_subject(ctx, figures, i) \
                and not _rate_of_count_follows(ctx, figures, i):
            # "100% hồ sơ công việc cấp tỉnh, 90% cấp huyện và 80% cấp xã được xử lý
            # trên môi trường mạng": the members share a subject and a predicate.
            match = _classify(ctx, fig, enum[0], enum[1], fig.unit)
        inherited = False
        item_place = None
        if fig.unit in ("percent", "per_100") and previous is not None and previous.indicator \
                and previous.unit == "count" and previous.number_start >= c_lo \
                and _RESTATED.fullmatch(ctx.folded, _number_end(previous), fig.start):
            # "62 nghìn thuê bao băng rộng cố định, tương ứng 11,8 thuê bao/100 dân": the count
            # restated as a rate or share is the count's indicator, or its per-100 twin (or none)
            twin = _PER_100_OF.get(previous.indicator) if fig.unit == "per_100" else None
            if twin is not None:
                match = Match(_rule_of(twin), 0, [], f"the rate of '{previous.quote[:60]}'")
            else:
                match, inherited = None, True
        elif match is None and fig.unit == "percent" and previous is not None and previous.indicator \
                and previous.unit == "count" and previous.number_start >= c_lo \
                and _SHARE_RESTATED.fullmatch(ctx.folded, _number_end(previous), fig.start) \
                and _ANY_BASE.match(ctx.folded, fig.end):
            # (not "2.300 điểm …, chiếm hơn 35% toàn tỉnh": a part of the province's own total)
            inherited = True
        elif match is None and fig.unit == "percent" and previous is not None and previous.indicator \
                and previous.unit == "count" and previous.number_start >= s \
                and _SHARE_RESTATED_FAR.fullmatch(ctx.folded, _number_end(previous), fig.start) \
                and _CLAUSE_ENDS.match(ctx.folded, fig.end) and not ctx.mentions_in(previous.end, fig.start):
            # "248 sản phẩm OCOP, trong đó 196 sản phẩm đã được đưa lên các sàn … như Postmart, Voso, Shopee, chiếm
            # gần 80%.": a share closing the count's clause, of no base named after it, restates the count
            inherited = True
        if match is None and not inherited:
            gap_lo = max(lo, previous.end) if previous is not None else lo
            left_gap = ctx.folded[gap_lo:fig.start].strip(" ,;:()–-\n")
            right_gap = ctx.folded[fig.end:hi]
            own_noun = _WORD_NEXT.match(right_gap) and (not _NOT_A_NOUN_NEXT.match(right_gap) or (
                fig.unit == "count" and _PROVINCES_COUNTED.match(right_gap))) \
                and not _base_of_share(left_gap, right_gap)  # "63/63 tỉnh, thành phố"
            if previous is not None and previous.indicator \
                    and (len(left_gap) <= 45 or _province_in_brackets(ctx, fig) or _AVERAGE_COMPARED.fullmatch(left_gap)
                         or _GOAL_IN_BRACKETS.search(ctx.folded, max(0, fig.start - 40), fig.start)) \
                    and not own_noun \
                    and not _refused_noun(previous.indicator, right_gap) and not _NEW_RATE_SUBJECT.search(left_gap):
                inherited = True
                # "tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 79%, có tài khoản
                # thanh toán đạt 68%": the gap states its own predicate; read with the
                # clause's subject it names another indicator, which wins over inheriting.
                # ("…, tỷ lệ thôn có sóng di động đạt 95,1%; trong đó có sóng 4G đạt 91,3%": a breakdown clause
                # after a semicolon reads the whole's subject with its own predicate)
                shared_lo = s if c_lo > s and _BREAKDOWN_OPENS.match(ctx.folded, c_lo) else c_lo
                shared = _classify(ctx, fig, shared_lo, hi, fig.unit) if GROUP_INDEX.any_literal(left_gap) else None
                if shared is not None and shared.rule.code != previous.indicator \
                        and any(a >= gap_lo for a, _ in shared.spans):
                    match, inherited = shared, False
            else:
                if fig.unit == "count":
                    # "gồm 612 DVCTT toàn trình và 603 DVCTT một phần": the neighbour's words
                    # in the window exclude every rule; the count's own noun phrase names it.
                    match = _classify(ctx, fig, fig.start, _phrase_end(ctx, fig.end, hi), fig.unit)
                # "3.793 Tổ cấp thôn" after "460 Tổ công nghệ số cộng đồng": the
                # noun after the figure is the rule's head, its full name is earlier.
                if match is None and not _REMAINDER.match(ctx.folded, fig.end) and share_rest is None:
                    # ("22/24 thôn đã có sóng; 2 thôn còn lại ...": the rest are the complement)
                    match = _classify(ctx, fig, max(s, fig.start - 2 * WINDOW), hi, fig.unit, require_head=True)
                    if match is not None and ((any(a < c_lo for a, _ in match.spans)
                                               and not _continues_clause(ctx, c_lo, match, out))
                                              or _names_its_own_kind(ctx, match.rule, lo, fig.start)
                                              or (fig.unit == "percent" and all(a < c_lo for a, _ in match.spans)
                                                  and _OWN_PREDICATE_AFTER.match(ctx.folded, fig.end, hi))):
                        # ("…có tài khoản thanh toán điện tử đạt 78,2%; có 69,5% người dân thực hiện các giao dịch …": a
                        # share whose own noun has a predicate of its own is not named by an earlier clause's words)
                        match = None
                    if match is not None and fig.unit == "count" and any(a < c_lo for a, _ in match.spans) \
                            and (own := _own_predicate_reading(ctx, figures, fig, c_lo, hi)) is not None \
                            and own.rule.code != match.rule.code:
                        # "312 sản phẩm OCOP, 100% sản phẩm đã được giới thiệu …; 198 sản phẩm được bán trên các sàn
                        # Shopee …": the same noun again, but with a predicate of its own that names another indicator
                        match = own
                if match is None and fig.unit == "count" and share_rest is None:
                    match = _elided_noun(ctx, fig, s, hi)
                    if match is not None and match.antecedent < c_lo and not _continues_clause(ctx, c_lo, match, out):
                        match = None
                if match is None and fig.unit == "count" and share_rest is None:
                    # the count just stated, in this sentence or the one before
                    match = _bare_noun(ctx, fig, s, hi, previous if previous is not None else ctx.last_claim)
                    if match is None and (bare := _BARE_NOUN_AFTER.match(ctx.folded, fig.end, hi)) is not None:
                        # "… cả nước đã thành lập hơn 80.000 Tổ công nghệ số …. Tỷ lệ hồ sơ … đạt 43,2%.\nMột số
                        # địa phương làm tốt như Thái Nguyên với 3.200 tổ": the noun's full mention a little earlier
                        # (this paragraph or the one before), a sentence on something else between
                        back = paragraph_start(ctx.text, max(0, paragraph_start(ctx.text, s) - 1))
                        match = _noun_named_earlier(ctx, bare, max(back, s - 400), s)
                if match is None and fig.unit == "count" and previous is not None:
                    match = _members_of_counted(ctx, fig, hi, previous)
                if match is None and fig.unit == "km" and _LENGTH_ENDS_PHRASE.match(ctx.folded, fig.end):
                    # "Mạng cáp quang đã được kéo đến 71/71 xã, với tổng chiều dài khoảng 6.800 km": a length
                    # is the clause's cable's, named before the count between
                    match = _classify(ctx, fig, c_lo, hi, fig.unit)
                if match is None and fig.unit in ("rank", "score") and not _OTHER_RANKING.search(ctx.folded, s, e) \
                        and (fig.denominator in (63, 34) or fig.unit == "score" or not _REGIONAL_RANKING.search(ctx.folded, s, e)
                             or _NATIONWIDE_AFTER.match(ctx.folded, fig.end)):
                    # Ranks and scores are the DTI's: "Bộ TT&TT công bố Chỉ số chuyển đổi
                    # số cấp tỉnh năm 2023. Theo đó, Bình Dương đạt 0,6521 điểm" (unless the
                    # sentence names another index: "Chỉ số PCI năm 2023 xếp thứ 5").
                    p_lo = paragraph_start(ctx.text, fig.start)
                    match = _classify(ctx, fig, max(p_lo, fig.start - 3 * WINDOW), hi, fig.unit)
                    if match is not None:
                        fig.context_year = _last_named_year(ctx, p_lo, fig.start)
                    elif ctx.dti_lead is not None:
                        # An article whose title or lead announces the DTI: its bare ranks and
                        # scores are DTI ones ("Đà Nẵng dẫn đầu với 0,6521 điểm").
                        match = _dti_lead_match(ctx)
                        fig.context_year = fig.context_year or ctx.dti_lead[1]
                    elif (sub := _SUB_PROVINCIAL_INDEX.search(ctx.folded, s, fig.start)) is not None:
                        # "Chỉ số chuyển đổi số cấp huyện năm 2023 của quận Ninh Kiều đạt 0,7512 điểm": the province's
                        # index of its districts, named in the sentence (a unit must still be read for it, below)
                        match = Match(_DTI_OVERALL, 0, [], f"the index of districts or communes: '{ctx.text[sub.start():sub.end()]}'")
                        fig.context_year = _last_named_year(ctx, s, fig.start)
                if match is None and previous is None and ctx.previous_sentence is not None \
                        and (_DETAIL_OPENER.match(ctx.folded, s) or _GENERAL_RATE_SUBJECT.fullmatch(ctx.folded, s, fig.start)) \
                        and not (fig.unit == "percent" and _names_own_noun(ctx.folded[fig.end:fig.end + 40])):
                    # "Năm 2024, tỷ lệ hồ sơ trực tuyến của các tỉnh ... có nhiều cải thiện. Trong đó,
                    # Cần Thơ đạt 80,2%": the figure details what the previous sentence named (a share
                    # with a noun of its own, "Riêng tại Bảo Lộc, 100% trường học ...", is its own subject).
                    match = _classify(ctx, fig, ctx.previous_sentence[0], hi, fig.unit)
                    if match is None and paragraph_start(ctx.text, s) == s and s >= 2:
                        match = _lead_of_paragraph_above(ctx, fig, s, hi)
                if match is None and previous is None and c_lo > s and _DETAIL_OPENER.match(ctx.folded, c_lo) \
                        and not (fig.unit == "percent" and _names_own_noun(ctx.folded[fig.end:fig.end + 40])):
                    # "Tỷ lệ hồ sơ trực tuyến của các huyện dao động từ 30% đến 45%; riêng thành phố Hà Giang đạt
                    # 62,5%": a clause detailing what the sentence named before it (no figure of it was kept)
                    match = _classify(ctx, fig, s, hi, fig.unit)
                if match is None and previous is None and fig.unit != "count" \
                        and not _names_own_noun(ctx.folded[fig.end:fig.end + 40].split("\n", 1)[0]) \
                        and (intro := _list_intro(ctx, s)) is not None:
                    # "… các địa phương có tỷ lệ hồ sơ trực tuyến cao nhất gồm:\n1. Bình Dương: 92,4%": an item of a
                    # list read with the line that announces it (a share with a noun of its own, "100% trường học …",
                    # is read on its own words)
                    match = _classify_text(ctx.folded[intro[0]:intro[1]] + " " + ctx.folded[s:hi], fig.unit)
                last = ctx.last_claim
                if match is None and previous is None and last is not None and last.unit != fig.unit \
                        and not _ANAPHORA.search(ctx.folded, lo, fig.start):
                    # "Tỷ lệ hồ sơ trực tuyến đạt 53%. Cổng … cung cấp 4.478 dịch vụ … Một số địa phương có tỷ
                    # lệ cao như Bình Dương (96,7%)": a share compared goes back to the last share stated
                    last = ctx.last_by_unit.get(fig.unit, last)
                if match is None and previous is None and last is not None and last.indicator:
                    same_unit = fig.unit == last.unit
                    lines_between = ctx.text.count("\n", last.end, fig.start)
                    # "- Tỷ lệ hồ sơ được số hóa: 88%.\n+ Thành phố Phủ Lý: 95%.": the list
                    # item breaks the figure above down by place
                    item_place = labelled_item_place(ctx, fig.start) if same_unit and lines_between <= 2 else None
                    # "Tỷ lệ hồ sơ trực tuyến ... đạt 52%. Tỉnh đặt mục tiêu năm 2024 tỷ lệ
                    # này đạt 70%": "tỷ lệ này" names the previous sentence's indicator (in the
                    # same paragraph or the next: "Tính chung toàn tỉnh, tỷ lệ này đạt 68,9%"); so
                    # do a ranking of units on it and a comparison ("tỷ lệ cao như X (85%)").
                    # (paragraphs set off by a blank line are still the next paragraph)
                    breaks = lines_between - ctx.text.count("\n\n", last.end, fig.start) if lines_between > 1 else lines_between
                    if item_place is not None or (breaks <= 1 and (
                            _ANAPHORA.search(ctx.folded, lo, fig.start)
                            or (same_unit and last.indicator == "digital_economy_share_grdp"
                                and _PERCENT_OF_GRDP.match(ctx.folded, fig.end - 1))
                            # (a plan's demand after two rates goes on with the last: "…, tỷ lệ thanh toán trực
                            # tuyến đạt 52,1%. Theo kế hoạch, năm 2025 tỉnh phải đạt ít nhất 80%")
                            or (same_unit and last.unit == "percent" and (
                                    _GOAL_AS_SUBJECT.fullmatch(ctx.folded, s, fig.start)
                                    or _GOAL_AS_SUBJECT_AFTER_PLAN.fullmatch(ctx.folded, s, fig.start))
                                and not _names_own_noun(ctx.folded[fig.end:fig.end + 40]))
                            or (same_unit and not (last is ctx.last_claim and ctx.last_claim_rivals)
                                and (_BY_UNIT_OPENER.match(ctx.folded, s)
                                               or _LEVEL_ALONE_AS_SUBJECT.fullmatch(ctx.folded, s, fig.start)
                                               or _AVERAGE_AS_SUBJECT.fullmatch(ctx.folded, s, fig.start)
                                               or (_NAMED_UNIT_AS_SUBJECT.fullmatch(ctx.folded, s, fig.start)
                                                   and ctx.text[s:fig.start].lstrip()[:1].isupper())
                                               or _province_named_as_subject(ctx, s, fig.start)))
                            # ("Tỷ lệ hồ sơ trực tuyến đạt 89,4%, tỷ lệ thanh toán trực tuyến đạt 72,1%. Quận Lê
                            # Chân dẫn đầu với 96,3%": the sentence before stated two rates, and a bare figure with
                            # a subject of its own names neither)
                            or (same_unit and not (last is ctx.last_claim and ctx.last_claim_rivals)
                                and (_RANKING_OF_UNITS.search(ctx.folded, lo, fig.start)
                                               or _COMPARED_RATE.search(ctx.folded, lo, fig.start)
                                               or _RANKED_AFTER.match(ctx.folded, fig.end))))):
                        previous, inherited = last, True
                        if item_place is not None and fig.unit == "count":
                            # "…tiếp nhận 12.450 hồ sơ, trong đó 10.890 hồ sơ trực tuyến.\n- Huyện Võ Nhai: 410 hồ sơ,
                            # …": the count above whose noun the item repeats, not the last one
                            previous = _count_named_alike(ctx, fig) or previous
                if match is None and not inherited and previous is not None and previous.indicator \
                        and fig.unit == previous.unit and _ANAPHORA.search(ctx.folded, lo, fig.start):
                    inherited = True  # "So với Bắc Ninh (79,5%), ... khi tỷ lệ này mới đạt 61%"
        if inherited:
            fig.context_year = previous.period  # "..., xếp hạng 4/63": same figure family, same year
            indicator = previous.indicator
            reason = f"inherited from '{previous.quote[:60]}'"
            unit = _unit_for(indicator, fig, ctx)
            if unit == "percent" and previous.unit == "percent_of_target":
                unit = "percent_of_target"
            # "..., đứng thứ 8 cả nước": the province's rank on the indicator just stated
            if unit not in taxonomy()[indicator].units and (unit != "rank" or _ranked_within_region(ctx, fig, e)):
                continue
        elif match is not None:
            indicator = match.rule.code
            reason = f"cue: {match.cue}"
            unit = _unit_for(indicator, fig, ctx)
            if unit not in taxonomy()[indicator].units:
                # "Tỷ lệ hồ sơ trực tuyến đạt 61,8%, bằng 88,3% kế hoạch năm": a share of the plan, which
                # the indicator is not measured in (kept unnamed, for review)
                indicator, reason = None, f"a share of the plan, not a unit of '{indicator}' (cue: {match.cue})"
            elif indicator == "mobile_subscriptions_per_100" and match.rule.compiled[1].search(ctx.folded, s, fig.start) \
                    and ctx.folded.find("di động", lo, min(hi, fig.end + 30)) < 0:
                # "Số thuê bao băng rộng cố định đạt 215.000 thuê bao; mật độ đạt 23,4 thuê bao/100 dân": the
                # density of the kind the sentence named, not of mobile subscriptions (the rule's own exclusion,
                # read back to the sentence's start; kept unnamed)
                indicator, reason = None, f"a density of subscriptions the sentence names as not mobile (cue: {match.cue})"
            if indicator is not None and fig.unit in ("rank", "score") and indicator.startswith("dti") \
                    and _ranked_on_other_index(ctx, fig, c_lo, match):
                # "Chỉ số PAR INDEX … xếp thứ 10/63, Chỉ số DTI xếp thứ 15/63", "xếp thứ 20/63 về Chỉ số PCI và thứ
                # 25/63 về Chỉ số DTI": the rank's own clause names another index
                continue
            if indicator is not None and _part_states_its_own(ctx, match, fig, lo, hi):
                # "112 bản chưa có sóng, trong đó 67 bản chưa có điện lưới": the part's own predicate,
                # not the whole's
                if fig.unit != "percent":
                    continue
                indicator, reason = None, f"a part with a predicate of its own (cue of the whole: {match.cue})"
        else:
            if fig.unit != "percent":
                continue  # a bare count we cannot name is noise, not a claim
            indicator, reason, unit = None, "no indicator cue matched", fig.unit
        if _implausible(indicator, unit, fig):
            continue
        if indicator is not None and not inherited and _negated(ctx, indicator, fig, lo, hi):
            # "Tỷ lệ hộ kinh doanh chưa sử dụng thanh toán không dùng tiền mặt còn 35%", "Còn 8% … chưa có
            # Internet": the share of those without what the indicator counts
            indicator, reason = None, f"negated ({reason})"
        if indicator is not None and fig.unit == "percent" and _SHARE_OF_THE_WHOLE.match(ctx.folded, fig.end) \
                and ctx.folded.find("chiếm", max(s, fig.start - 16), fig.start) >= 0:
            # "Riêng thành phố Tuy Hòa có 1.850 điểm …, chiếm 40% toàn tỉnh": a part's share of the
            # province's (or nation's) total, not the indicator's rate
            indicator, reason = None, "a part's share of the whole's total"
        if indicator is not None and fig.unit == "percent" and previous is not None and previous.unit == "percent" \
                and previous.indicator == indicator and previous.number_start >= s \
                and ctx.folded.find("chiếm", max(s, fig.start - 12), fig.start) >= 0 \
                and _PART_TAKES_SHARE.search(ctx.folded, previous.number_start, fig.start):
            # "Tỷ lệ hồ sơ trực tuyến đạt 69,46%, trong đó hồ sơ trực tuyến toàn trình chiếm 45%": a part's share
            # among those the rate counts, not the rate
            indicator, reason = None, "a part's share within the rate just stated"
        if indicator in _DIGITAL_ECONOMY_SHARES and (part := _digital_economy_part(ctx, indicator, fig, s, previous)) is not None:
            indicator, reason = None, f"a part of the digital economy ('{part}') as a share of GRDP"
        kind = _kind(ctx, fig, s, lo)
        if (kind == "actual" and previous is not None and previous.kind == "target" and fig.pair_role is None
                and i not in respectively):
            enum = enum or _enumeration(ctx, figures, i, c_lo, c_hi)
            if enum is not None and previous.number_start >= enum[0]:
                kind = "target"  # later members of an enumeration of goals
            elif previous.number_start >= s and _goal_goes_on(ctx, _number_end(previous), fig.start) \
                    and not any(f.start == previous.number_start and f.pair_role == "target" for f in figures):
                # (not after an "a%/b%" pair: "đạt 62,5%/65% kế hoạch; tỷ lệ … đạt 31%" reports results)
                kind = "target"  # "phấn đấu … tỷ lệ A đạt 65%, tỷ lệ B đạt 45%": parallel clauses of one goal
        if (kind == "target" and fig.pair_role is None and previous is not None and previous.kind == "target"
                and previous.number_start >= s and _RESULT_LABEL.search(ctx.folded, max(0, fig.start - 20), fig.start)):
            kind = "actual"  # "kế hoạch 50%, thực hiện 62,3%": the plan, then the result
        qualifier = _qualifier(ctx, fig, s)
        period = _period(ctx, fig, kind, (s, e), c_hi)
        code, name, place = scope_of(ctx, fig, lo, hi, s, fig.unit, figures[0].start)
        if match is not None and match.scope is not None:
            code, name, place = match.scope  # a unit named in a "lần lượt" list
        if (previous is not None and previous.number_start >= c_lo and previous.place is None and place is None
                and previous.province_code not in (None, "VN", code) and code == ctx.province_code
                and _SAME_SUBJECT_GAP.fullmatch(ctx.folded, previous.end, fig.start)
                and not ctx.mentions_in(previous.end, fig.start)):
            # "Đà Nẵng đứng thứ 2 với 0,6598 điểm": a figure joined to the previous one
            # without a comma or a new subject is about the same province.
            code, name = previous.province_code, previous.province
        if code is None and previous is not None and previous.province_code is not None \
                and previous.number_start >= s and not ctx.mentions_in(previous.end, fig.start) \
                and not owned_by_provinces(ctx, lo, fig.start):
            # "… cho biết, tỷ lệ … của Bình Dương đạt 95,6%; 100% thủ tục …": in an article about two
            # provinces, a figure whose clause names none goes on with its sentence's
            code, name = previous.province_code, previous.province
        if code is None and place is None and previous is None and ctx.province_key is None \
                and (last := ctx.last_claim) is not None and last.province_code is not None and last.place is None \
                and last.number_start >= paragraph_start(ctx.text, fig.start) and not ctx.mentions_in(last.end, fig.start) \
                and (last.province_code == "VN" or PROVINCE_WIDE.search(ctx.folded, s, fig.start)):
            # "… cả nước có khoảng 128.000 trạm BTS. Tỷ lệ dân số được phủ sóng 4G đạt 99,8%.": in an article
            # about no one province, a figure naming no one goes on with the nation its paragraph spoke of, and
            # "Toàn tỉnh có 1.146 tổ …" with the province it spoke of (at a meeting of several)
            code, name = last.province_code, last.province
        if (place is None and previous is not None and previous.place is not None and previous.number_start >= s
                and previous.province_code == code
                and ((previous.number_start >= c_lo and _SAME_SUBJECT_GAP.fullmatch(ctx.folded, previous.end, fig.start))
                     or _PART_GAP.fullmatch(ctx.folded, previous.end, fig.start)
                     or (previous.unit == "count" and fig.unit == "percent" and previous.indicator == indicator
                         and _SHARE_OF_THE_COUNT_GAP.fullmatch(ctx.folded, previous.end, fig.start)))):
            # "huyện Diễn Châu xếp thứ 3 với 0,5621 điểm": the score is the ranked place's too;
            # "khu vực Ninh Thuận cũ có 1.080 trạm BTS, trong đó 420 trạm 5G": a part, in the whole's place
            place = previous.place
        if (code == ctx.province_code and place is None and previous is not None and previous.province_code == "VN"
                and previous.number_start >= s and _PART_GAP.fullmatch(ctx.folded, previous.end, fig.start)):
            # "cả nước đã cấp hơn 86 triệu tài khoản …, trong đó hơn 56 triệu … kích hoạt": the nation's part
            code, name = "VN", "Việt Nam"
        if (code == ctx.province_code and previous is not None and previous.province_code == "VN"
                and _MEMBERS_OF.get(previous.indicator or "") == indicator and previous.number_start >= c_lo
                and not ctx.mentions_in(previous.end, fig.start) and not PROVINCE_WIDE.search(ctx.folded, previous.end, fig.start)):
            # "Cả nước có 80.000 tổ công nghệ số cộng đồng với hơn 400.000 thành viên": the nation's teams' members
            code, name = "VN", "Việt Nam"
        if place is None and item_place is not None:
            place = item_place
        if place is None and indicator in _DTI_INDICATORS and code == ctx.province_code \
                and ctx.folded.find(" cấp ", p_start := paragraph_start(ctx.text, fig.start), fig.start) >= 0 \
                and _sub_index_names_the_figure(ctx, p_start, fig.start):
            # "Chỉ số chuyển đổi số cấp xã năm 2025 …, xã Ea Kar … xếp thứ nhất": a rank or score in the
            # province's own index of its communes (or districts) whose unit was not read is no one's
            continue
        # "cao hơn mức bình quân 62,7% của tỉnh": the figure itself is named the province's
        provinces_own = OF_THE_PROVINCE.match(ctx.folded, fig.end) is not None
        if place is None and not provinces_own and _not_province_wide(ctx, lo, fig.start, s):
            # (only the figure's subject side: "98% thôn ..., cao hơn mức của tỉnh" is the place's)
            if not sentence_place:
                sentence_place.append(subject_place(ctx, s) or anaphoric_place(ctx, s, e)
                                      or _continued_place(ctx, s, figures[0].start))
            place = sentence_place[0]
        if (place is None and not provinces_own and ctx.title_place is not None and code == ctx.province_code
                and fig.start > ctx.title_end and not _goes_on_about_the_province(ctx, s, fig.start)
                and not PROVINCE_WIDE.search(ctx.folded, s, fig.start) and not ctx.mentions_in(s, fig.start)
                and not province_is_subject(ctx, s, fig.start) and ctx.folded.find("cấp tỉnh", s, fig.start) < 0
                and not PROVINCE_WIDE.search(ctx.folded, fig.end, _phrase_end(ctx, fig.end, hi))):
            # ("100% thôn trên địa bàn tỉnh có sóng 5G": the figure's own noun phrase names the province)
            # A feature about a district or commune: its unscoped figures are the place's; only
            # what the text says of the whole province ("Tính chung toàn tỉnh ...", "Tỷ lệ hồ sơ
            # trực tuyến cấp tỉnh và cấp xã ...": the province's own tiers) is the province's.
            place = ctx.title_place
        if (unit == "count" and previous is not None and previous.indicator == indicator and previous.unit == "count"
                and indicator not in _LEVEL_INDICATORS and previous.number_start >= s and previous.value > fig.value
                and (previous.province_code, previous.place) == (code, place)
                and _BREAKDOWN.search(ctx.folded, _number_end(previous), fig.start)):
            # "1,6 triệu thuê bao di động, trong đó 1,2 triệu thuê bao 4G": a part of the whole just stated, in the
            # same place, is no count of what the whole counts (a place's part, "trong đó thành phố X có …", is)
            continue
        levels: list[str | None] = [None]
        if indicator in _LEVEL_INDICATORS and match is not None and match.level:
            levels = [match.level]
        elif indicator in _LEVEL_INDICATORS:
            levels = _levels(ctx, fig, lo, hi, c_lo, c_hi) or (
                [previous.level] if previous is not None and previous.indicator == indicator and previous.level else [None])
        q_lo, q_hi = fig.start, fig.end
        if match is not None and not inherited:
            q_lo = min([q_lo] + [a for a, _ in match.spans if a >= lo])
            q_hi = max([q_hi] + [b for _, b in match.spans if b <= hi])
        for level in levels:
            claim = Claim(
                doc=ctx.doc.doc, province_code=code, province=name, indicator=indicator,
                kind=kind, unit=unit, value=fig.value, value_max=fig.value_max,
                denominator=fig.denominator, qualifier=qualifier, level=level, place=place,
                period=period, quote=ctx.text[q_lo:q_hi], start=q_lo, end=q_hi, reason=reason,
                code_system=ctx.system, number_text=fig.text, number_start=fig.start)
            out.append(claim)
        if place is not None and len(levels) == 1 and match is not None and i not in respectively:
            out.extend(_shared_by_listed_units(ctx, fig, figures, i, s, out[-1]))
        _coordinated(ctx, fig, lo, hi, out, match)
        previous = out[-1] if out else previous
    return out


_OWNER_BEFORE_COUNT = re.compile(r"(?<!\w)(?:của|tại|ở)\s+(?:tổng số\s+|cả\s+)?$")
_OWNER_UNITS_GAP = re.compile(r"\s+(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|địa phương|đơn vị|sở|cơ quan)"
                              r"[^.;:\d%]{0,50}?\s(?:(?:chỉ|mới|đã|cũng)\s+)?(?:đạt|là|chiếm)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?")
_COUNT_OF = re.compile(r"^\W*(?:số lượng|tổng số|số)\s+")


def _campaign_verb_before(ctx: _Context, c_lo: int, fig_start: int, last_words: tuple[str, ...],
                          verb: GuardedPattern | re.Pattern, reach: int) -> bool:
    """Whether a campaign's verb ("tập huấn cho", "hỗ trợ") ends the text before a count: the
    text must end with one of the pattern's last words (a cheap test) before the pattern is tried."""
    return ctx.folded[max(c_lo, fig_start - 14):fig_start].rstrip().endswith(last_words) \
        and verb.search(ctx.folded, max(c_lo, fig_start - reach), fig_start) is not None


def _continues_clause(ctx: _Context, c_lo: int, match: Match, stated: list[Claim]) -> bool:
    """Whether words from an earlier clause may name a count in this one: when the count is
    the same thing again ("460 Tổ ... cấp xã với 5.221 người; 3.793 Tổ cấp thôn") or the
    clause opens as a breakdown of the earlier one ("...; riêng thành phố Đông Hà có 1.120
    hộ"), or counts the members of what was counted ("... 911 tổ cấp thôn; tổng số thành viên là
    6.742 người") — not "sản phẩm nông sản được đưa lên sàn ...; 156 sản phẩm OCOP được gắn mã QR"."""
    code = match.rule.code
    return any(c.indicator == code or _MEMBERS_OF.get(c.indicator or "") == code for c in stated) \
        or bool(_BREAKDOWN_OPENS.match(ctx.folded, c_lo))


# "Chúng tôi đặt mục tiêu ...": the speaker (the department, the province) is the subject
_SPEAKER_SUBJECT = re.compile(r"\W*(?:chúng tôi|chúng ta|tôi|chúng em|sở|ngành|ubnd|ủy ban)\b")


def _continued_place(ctx: _Context, s: int, e: int) -> str | None:
    """"Huyện Ia H'Drai hiện có 3 xã với 24 thôn. Đến nay, 22/24 thôn đã có sóng": a sentence
    that names no subject of its own before its first figure (text[s:e]: no province, place
    or "tỉnh") goes on about the place its paragraph's previous sentence opened with."""
    prev = ctx.previous_sentence
    if prev is None or "tỉnh" in ctx.folded[s:e] or ctx.mentions_in(s, e) or "\n" in ctx.text[prev[0]:s] \
            or geo.PLACE_RE.search(ctx.folded, s, e) or _SPEAKER_SUBJECT.match(ctx.folded, s):
        return None
    if " nhất" in ctx.folded[prev[0]:s] and _FIRST_IN_PROVINCE.search(ctx.folded, prev[0], s):
        return None  # "Huyện Ngọc Hiển có 5 ấp lõm sóng, nhiều nhất tỉnh.": one place held up in an account of the province
    if enterprise_subject(ctx.text, prev[0]) is not None:
        return None  # "Mạng lưới VinaPhone phủ sóng 4G đến 98,7% dân số. Tỷ lệ dân số …": a company's figure, then the province's
    return subject_place(ctx, prev[0])


# A place ranked against the whole province: "nhiều nhất tỉnh", "cao nhất toàn tỉnh"
_FIRST_IN_PROVINCE = re.compile(r"\b(?:nhiều|cao|thấp|ít|lớn|nhỏ) nhất (?:(?:của |trong |toàn |cả |trên địa bàn )?tỉnh|"
                                r"(?:của |trong )?toàn tỉnh)\b")


def _last_year_said(ctx: _Context, s: int, a: int, b: int) -> bool:
    """Whether text[a:b] says "năm trước" / "năm ngoái" (last year) of a figure's own time, not as what it is
    compared with ("so với năm trước"); s is where the sentence starts."""
    if ctx.folded.find("năm trước", a, b) < 0 and ctx.folded.find("năm ngoái", a, b) < 0:
        return False  # (the pattern's words, found first: most spans have neither)
    last = _LAST_YEAR.search(ctx.folded, a, b)
    return last is not None and not ctx.folded[s:last.start()].rstrip().endswith(("so với", "với", "hơn"))


def _last_named_year(ctx: _Context, a: int, b: int) -> int | None:
    """The last year text[a:b] names ("năm 2023"), if any: the year of a rank or score read with it."""
    years = _NAMED_YEAR.findall(ctx.folded, a, b)
    return int(years[-1]) if years else None


def _dti_lead_match(ctx: _Context) -> Match:
    """The DTI, for a bare rank or score of an article whose title or lead is about it (see _Context.dti_lead)."""
    return Match(_DTI_OVERALL, 0, [], f"article about the DTI: '{ctx.dti_lead[0]}'")


def _table_row_claims(ctx: _Context, row: tuple[int, int], cells: list[tuple[Figure, Cell]]) -> list[Claim]:
    """Claims of one table row: each number is read with its column header and row label
    (see claims.tables). One of the two must name an indicator on its own, the other is the
    figure's dimension; a dimension that is neither a place, the province, a year nor the
    plan/result column (an unknown name) leaves the figure out."""
    out: list[Claim] = []
    for fig, cell in cells:
        label, header = ctx.folded[slice(*cell.label)], ctx.folded[slice(*cell.header)]
        by_header, by_label = _classify_text(header, fig.unit), _classify_text(label, fig.unit)
        if by_header is not None and by_label is not None and by_header.rule.code != by_label.rule.code:
            continue  # two indicators named for one number: no guess
        match = by_header or by_label
        if match is None and fig.unit in ("percent", "rank", "score"):
            # "| Đơn vị | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%) |": a share's noun in a sibling column's
            # header; "| Đơn vị | Điểm DTI | Xếp hạng |": the ranking a rank column orders by
            match = by_header = _classify_text(header + " " + ctx.folded[slice(*cell.header_row)], fig.unit)
        if match is None:
            # "| Tỉnh | Điểm | Xếp hạng |" under "Chỉ số DTI các tỉnh năm 2023": the caption names it
            match = by_header = _classify_text(header + " " + ctx.folded[slice(*cell.caption)], fig.unit)
        if match is None and fig.unit in ("rank", "score") and ctx.dti_lead is not None:
            # or the article's title or lead does ("Kết quả xếp hạng chuyển đổi số các huyện năm 2023"), as for
            # the bare ranks and scores of its prose
            match = by_header = _dti_lead_match(ctx)
        if match is None:
            continue
        named, dim_span = (header, cell.label) if by_header is not None else (label, cell.header)
        head = match.rule.compiled[2]
        if fig.unit == "count" and head is not None and not head.match(_COUNT_OF.sub("", named)):
            continue  # as in _classify: a count must be of the rule's noun
        unit = _unit_for(match.rule.code, fig, ctx)
        if unit not in taxonomy()[match.rule.code].units or _implausible(match.rule.code, unit, fig):
            continue
        dim = read_dimension(ctx.folded[slice(*dim_span)])
        code, name, place = scope_of_cell(ctx, dim_span, dim)
        if code is None and place is None and not (dim.place_wide or dim.neutral or dim.year):
            continue
        kind = dim.kind or read_dimension(named).kind or "actual"
        period = dim.year or _period(ctx, fig, kind, row, row[1])
        q_lo, q_hi = min(cell.label[0], fig.start), max(cell.label[1], fig.end)  # (a rank may stand left of its label)
        out.append(Claim(
            doc=ctx.doc.doc, province_code=code, province=name, indicator=match.rule.code, kind=kind, unit=unit,
            value=fig.value, value_max=None, denominator=fig.denominator, qualifier=cell.qualifier,
            level=match.level if match.rule.code in _LEVEL_INDICATORS else None, place=place, period=period,
            quote=ctx.text[q_lo:q_hi], start=q_lo, end=q_hi,
            reason=f"table: column '{ctx.text[slice(*cell.header)]}', row '{ctx.text[slice(*cell.label)]}', "
                   f"cue: {match.cue}",
            code_system=ctx.system, number_text=fig.text, number_start=fig.start))
    return out


# A clause of what remains after a share: "…, chỉ còn 2 thôn", "…, nhưng vẫn còn 12 xã"
_REMAINING_AFTER_SHARE = re.compile(r",\s*(?:(?:nhưng|song|tuy nhiên)\s+)?(?:(?:chỉ|vẫn|hiện|nay|hiện nay)\s+)?còn\s+"
                                    r"(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?$")


def _rest_after_share(ctx: _Context, figures: list[Figure], i: int, c_lo: int) -> re.Match | None:
    """The clause of what remains ("…, chỉ còn") between a share in the same clause and count i after it."""
    fig = figures[i]
    if fig.unit != "count" or i == 0:
        return None
    prev = figures[i - 1]
    if prev.unit != "percent" or prev.end < c_lo or ctx.folded.find("còn", prev.end, fig.start) < 0:
        return None
    return _REMAINING_AFTER_SHARE.search(ctx.folded, prev.end, fig.start)


def _window(ctx: _Context, figures: list[Figure], i: int, c_lo: int, c_hi: int,
            share_rest: re.Match | None = None) -> tuple[int, int]:
    """Context bounds of figure i: its clause, cut at the neighbouring figures.

    A figure in parentheses ("1.761 trong số 1.966 thủ tục (đạt 89,5%) cung cấp
    dịch vụ công trực tuyến") does not cut its host's window. A figure that closes
    its phrase ("đạt 111,3%, tỷ lệ ...") gets no right context: what follows the
    comma is the next figure's subject.
    """
    fig = figures[i]
    lo = max(c_lo, fig.start - WINDOW)
    # "Số thuê bao điện thoại thông minh đạt 94,7 triệu, chiếm 87,2% tổng số thuê bao di động", "kích hoạt
    # 398.650 tài khoản, đạt 77,8% số hồ sơ thu nhận": the count's share; the count's words are its context
    # and the base named after it is no cue
    share_of_count = fig.unit == "percent" and i > 0 and figures[i - 1].unit == "count" \
        and _SHARE_OF_THE_COUNT_BEFORE.fullmatch(ctx.folded, figures[i - 1].end, fig.start) is not None
    if i > 0:
        prev = figures[i - 1]
        if share_of_count:
            lo = max(c_lo, prev.start - WINDOW)
        elif _parenthetical(ctx, prev, fig.start):
            lo = max(lo, ctx.text.index(")", prev.end) + 1)
        elif prev.unit == "count" and prev.start >= lo and _OWNER_BEFORE_COUNT.search(ctx.folded, max(0, prev.start - 12), prev.start) \
                and _OWNER_UNITS_GAP.fullmatch(ctx.folded, prev.end, fig.start):
            pass  # "Tỷ lệ hồ sơ trực tuyến của 54 xã, phường, đặc khu đạt 93,2%": the units whose share it is, no cut
        else:
            lo = max(lo, prev.end)
            # "100% thôn có sóng 4G và tỷ lệ dân số ... đạt trên 85%": a new subject after
            # the coordinator; what comes before it is the previous figure's phrase.
            subject = _new_subject(ctx, prev.end, fig.start) if prev.end >= c_lo else None
            if subject is not None:
                lo = max(lo, subject[1])
            elif fig.unit == "percent" and prev.end >= c_lo and ctx.folded.endswith("và ", prev.end, fig.start) \
                    and _CLAUSE_BEFORE_AND.fullmatch(ctx.folded, prev.end, fig.start) \
                    and _names_own_noun(ctx.folded[fig.end:fig.end + 40]):
                lo = fig.start  # "96/96 xã có cáp quang … và 100% ấp có sóng 4G": the share opens a clause of its own
            action = _ACTION_BEFORE.search(ctx.folded, max(prev.end, fig.start - _ACTION_REACH), fig.start)
            if action is not None:
                lo = max(lo, action.start())
            if share_rest is not None:
                lo = max(lo, share_rest.start() + 1)  # "99,8% thôn có sóng 4G, chỉ còn 2 thôn …": not the covered
    hi = min(c_hi, fig.end + WINDOW)
    for j in range(i + 1, len(figures)):
        if not _parenthetical(ctx, figures[j], fig.end, after=True):
            hi = min(hi, figures[j].start)
            subject = _new_subject(ctx, fig.end, figures[j].start)
            if subject is not None:
                hi = min(hi, subject[0])  # the next figure's subject is not this one's context
            else:
                # "95% người dân được cấp căn cước, kích hoạt hơn 620 nghìn tài khoản": the
                # verb right before the next figure is that figure's predicate.
                predicate = _NEXT_PREDICATE.search(ctx.folded, fig.end, figures[j].start)
                if predicate is not None:
                    hi = min(hi, predicate.start())
            break
    semicolon = ctx.folded.find(";", fig.end, hi)
    if semicolon >= 0:
        hi = semicolon  # "(trong đó 4G: 2.712 trạm; 5G: 48 trạm)": a semicolon ends the figure's phrase, brackets or not
    closing = _CLOSING.match(ctx.folded[fig.end:hi])
    if closing:
        hi = fig.end + closing.start()
    elif ctx.folded.find(",", fig.end, hi) >= 0 and (contrast := _CONTRAST_CLAUSE.search(ctx.folded, fig.end, hi)):
        hi = contrast.start()
    # "1,65 triệu thuê bao, trong đó thuê bao ... thông minh chiếm 85%": what follows
    # "trong đó" is a breakdown with its own figures, not this figure's context.
    breakdown = _BREAKDOWN.search(ctx.folded, fig.end, hi)
    if breakdown and not _HOST_RESUMES.search(ctx.folded, breakdown.end(), hi):
        hi = breakdown.start()
    if fig.unit == "count" and ctx.folded.find(", chiếm", fig.end, hi) >= 0:
        aside = _SHARE_IN_WORDS_ASIDE.search(ctx.folded, fig.end, hi)
        if aside is not None:
            hi = aside.start()  # "21 xóm chưa có sóng, chiếm hơn một nửa số xóm lõm sóng": the words name the whole
    if share_of_count and _BASE_AFTER.match(ctx.folded, fig.end):
        hi = fig.end
    if fig.unit == "km" and _OWN_NOUN_AFTER_KM.match(ctx.folded, fig.end) \
            and (joint := _NEXT_JOINT.search(ctx.folded, fig.end, hi)) is not None:
        hi = joint.start()  # "1.250 km bờ biển và đường cáp quang biển dài 300 km": a length names its own thing
    return lo, hi


# A count's share of a whole said in words after it: what follows names the whole, not the count
_SHARE_IN_WORDS_ASIDE = re.compile(r",\s*chiếm\s+(?:(?:hơn|gần|khoảng|trên|quá)\s+)?(?:một nửa|nửa|phần lớn|đa số|"
                                   r"(?:một|hai|ba) phần (?:ba|tư|năm))(?!\w)")


def _new_subject(ctx: _Context, a: int, b: int) -> tuple[int, int] | None:
    """(coordinator, subject) offsets of the next figure's own subject in the gap a..b
    between two figures: "100% thôn có sóng 4G và tỷ lệ dân số ... đạt 85%", "chính
    quyền số xếp thứ 2/63, kinh tế số xếp thứ 4/63". None when the gap has none."""
    last = None
    for last in _NEW_SUBJECT.finditer(ctx.folded, a, b):
        pass
    if last is not None:
        return last.start(), last.start(1)
    m = _SUBJECT_VERB.match(ctx.folded, a, b)
    return (m.start(1), m.start(2)) if m else None


def _respectively(ctx: _Context, figures: list[Figure], clause_spans) -> dict[int, Match | None]:
    """"Tỷ lệ A và B lần lượt đạt 70% và 60%": pair subjects and figures in order.

    The figures may be listed with semicolons ("lần lượt là 0,6540; 0,5218 và 0,5937 điểm"), and a
    second list after "tương ứng" pairs with the same subjects ("…, tương ứng xếp thứ 6, 11 và 9").
    Returns figure index → match (None when the pairing is not one-to-one with
    distinct indicators, so those figures are dropped rather than guessed).
    """
    out: dict[int, Match | None] = {}
    for k, (c_lo, c_hi) in enumerate(clause_spans):
        m = _RESPECTIVELY.search(ctx.folded, c_lo, c_hi) if ctx.folded.find("lần lượt", c_lo, c_hi) >= 0 \
            or ctx.folded.find("tương ứng", c_lo, c_hi) >= 0 else None  # (literal finds first: most clauses have neither)
        if not m:
            _years_opening(ctx, figures, c_lo, c_hi)
            out.update(_units_sharing_a_verb(ctx, figures, c_lo, c_hi))
            continue
        while k + 1 < len(clause_spans) and _LIST_GOES_ON.match(ctx.folded, c_hi):
            k += 1
            c_hi = clause_spans[k][1]
        idx = [i for i, f in enumerate(figures) if m.end() <= f.start < c_hi]
        for n in range(1, len(idx)):
            if not _LIST_JOINT.fullmatch(ctx.folded, figures[idx[n - 1]].end, figures[idx[n]].start):
                if len(idx) - n == 1:
                    # ("lần lượt 24, 15 và 9 bản lõm sóng, chiếm phần lớn trong tổng số 56 bản …": the list ends; a
                    # lone figure after it is no member (a second list, "…, tương ứng xếp thứ 6, 11 và 9", is)
                    idx = idx[:n]
                break
        before = [f for f in figures if c_lo <= f.start < m.start()]
        if len(idx) < 2:
            continue
        subject_lo = before[-1].end if before else c_lo
        subject = ctx.folded[subject_lo:m.start()].strip()
        years = _YEARS_LISTED.search(subject) if "năm" in subject else None
        if years is not None:
            listed = [int(y) for y in YEAR_RE.findall(years.group(0))]
            unit = figures[idx[0]].unit
            if len(listed) == len(idx) and all(figures[i].unit == unit for i in idx):
                # "Tỷ lệ hồ sơ trực tuyến năm 2022, 2023, 2024 lần lượt là 21%, 45% và 68%": one indicator,
                # a year for each figure
                match = _classify_text(subject[:years.start()] + " " + subject[years.end():], unit)
                for i, year in zip(idx, listed):
                    if match is not None:
                        out[i] = match
                    # (else each figure is named as usual: "Năm 2022 và năm 2023, tỉnh lần lượt xếp thứ 45/63 và
                    # 38/63 về Chỉ số DTI")
                    ctx.respective_years[figures[i].start] = year
                continue
        tail = _MEMBERS_TAIL.search(subject) if before and len(before) == len(idx) else None
        if tail is not None and all(figures[i].unit == "count" for i in idx):
            # "235 Tổ … cấp xã và 1.418 tổ cấp thôn, với số thành viên tương ứng là 1.645 và 8.912 người": one
            # indicator, at the level of each figure before it in turn
            first_noun = ctx.folded[before[0].end:_phrase_end(ctx, before[0].end, subject_lo)]
            counted = tail.group(1).split("số ", 1)[1]  # (the noun after "số": the head the rule tests first)
            match = _classify_text(counted, "count") or _classify_text(counted + " " + first_noun, "count")
            if match is not None:
                ends = [f.start for f in before[1:]] + [subject_lo + tail.start()]
                for i, b_fig, end in zip(idx, before, ends):
                    lv = _LEVEL.search(ctx.folded, b_fig.end, end)
                    level = ctx.level_of(next(g for g in lv.groups() if g)) if lv else None
                    out[i] = Match(match.rule, match.score, [], match.cue, level=level)
                continue
        levels = list(_LEVEL.finditer(subject))
        if len(levels) == len(idx) and all(_LEVEL_JOIN.fullmatch(subject[a.end():b.start()])
                                          for a, b in zip(levels, levels[1:])):
            # "Tỷ lệ số hóa hồ sơ, kết quả TTHC cấp tỉnh, cấp huyện và cấp xã lần lượt đạt
            # 92%, 85% và 71%": one subject (commas and all) at each of the levels, and the
            # predicate after them ("cấp tỉnh, cấp huyện, cấp xã được xử lý trên môi trường mạng")
            shared_subject, predicate = subject[:levels[0].start()], subject[levels[-1].end():]
            parts = [shared_subject + lv.group(0) + predicate for lv in levels]
        else:
            parts = [p for p in re.split(r",\s*|\s+và\s+", subject) if p.strip()]
        then = _CORRESPONDINGLY.search(ctx.folded, m.end(), c_hi)
        groups = [idx]
        if then is not None:
            groups = [[i for i in idx if figures[i].start < then.start()], [i for i in idx if figures[i].start > then.end()]]
            if not all(len(group) >= 2 for group in groups):
                groups = [idx]
        units = listed_units(ctx, subject_lo, m.start())
        if len(groups) == 1 and len(units) >= 2 and len(idx) == 2 * len(units):
            first, second = idx[:len(units)], idx[len(units):]
            if len({figures[i].unit for i in first}) == 1 and len({figures[i].unit for i in second}) == 1 \
                    and figures[first[0]].unit != figures[second[0]].unit:
                groups = [first, second]  # "A, B và C lần lượt xếp thứ nhất, thứ hai và thứ ba với 0,71; 0,62 và 0,60 điểm"
        for group in groups:
            paired = _paired(ctx, figures, group, parts)
            if len(units) == len(group) and all(v is None for v in paired.values()):
                sent_lo = clause_spans[0][0]
                stated = any(sent_lo <= f.start < subject_lo and f.unit == figures[group[0]].unit for f in figures)
                paired = _paired_units(ctx, figures, group, units, subject,
                                       ctx.folded[sent_lo:subject_lo] if stated else "")
            out.update(paired)
    return out


def _years_opening(ctx: _Context, figures: list[Figure], c_lo: int, c_hi: int) -> None:
    """"Năm 2022 và 2023, tỉnh xếp thứ 45/63 và 38/63 về Chỉ số DTI": years listed to open a clause whose
    figures, as many and joined by "và" or commas, are one for each in turn (a "lần lượt" left unsaid)."""
    if ctx.folded.find("năm", c_lo, c_lo + 12) < 0:
        return  # (most clauses do not open on a year: the cheap test first)
    opener = _YEARS_OPENER.match(ctx.folded, c_lo, c_hi)
    if opener is None:
        return
    listed = [int(y) for y in YEAR_RE.findall(opener.group(1))]
    idx = [i for i, f in enumerate(figures) if opener.end() <= f.start < c_hi]
    if len(idx) != len(listed) or len({figures[i].unit for i in idx}) != 1 or not all(
            _FIGURE_JOINT.fullmatch(ctx.folded, figures[a].end, figures[b].start) for a, b in zip(idx, idx[1:])):
        return
    for i, year in zip(idx, listed):
        ctx.respective_years[figures[i].start] = year


def _units_sharing_a_verb(ctx: _Context, figures: list[Figure], c_lo: int, c_hi: int) -> dict[int, Match]:
    """"Hai tỉnh Bắc Ninh và Bắc Giang có 1.850 và 2.264 Tổ công nghệ số cộng đồng": units listed before one verb
    and as many figures joined by "và" or commas after it, one for each in turn (a "lần lượt" left unsaid)."""
    if ctx.folded.find(" và ", c_lo, c_hi) < 0:
        return {}  # (no pair without "và": most clauses fail here, before the figures are looked at)
    idx = [i for i, f in enumerate(figures) if c_lo <= f.start < c_hi]
    if len(idx) < 2 or ctx.folded.find(" và ", figures[idx[0]].end, figures[idx[-1]].start) < 0 \
            or not all(_FIGURE_JOINT.fullmatch(ctx.folded, figures[a].end, figures[b].start) for a, b in zip(idx, idx[1:])):
        return {}  # (the cheap tests first: most clauses hold no such pair)
    verb = _SHARED_VERB.search(ctx.folded, c_lo, figures[idx[0]].start)
    if verb is None or not _SHARED_VERB_ENDS.fullmatch(ctx.folded, verb.end(), figures[idx[0]].start):
        return {}
    units = listed_units(ctx, c_lo, verb.start())
    unit = figures[idx[0]].unit
    if len(units) != len(idx) or any(figures[i].unit != unit for i in idx):
        return {}
    match = _classify_text(ctx.folded[c_lo:verb.start()] + " " + ctx.folded[figures[idx[-1]].end:c_hi], unit)
    if match is None:
        return {}
    return {i: Match(match.rule, match.score, [], match.cue, scope=scope) for i, scope in zip(idx, units)}


_SHARED_VERB = re.compile(r"\s(?:có|đạt|là|thành lập|với)(?=\s)")  # ("A và B dẫn đầu … với 78,5% và 74,2%")
_SHARED_VERB_ENDS = re.compile(r"\s+(?:(?:lần lượt|tương ứng)\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?")


_YEARS_OPENER = re.compile(r"\W*(" + _YEARS_LISTED.pattern + r")\s*,")
# Between two members of a list of figures: a comma, semicolon or "và", after a few words at most
# ("78,5%, 70,2% và 66,9%", "0,6540; 0,5218", "24 bản, 15 bản và 9 bản", "thứ 6, thứ 11")
_LIST_JOINT = re.compile(r"[^\d.;:()]{0,24}?(?:,|;|\svà|\s&)\s*(?:(?:thứ|hạng|khoảng|gần|hơn|trên)\s+)?")
_FIGURE_JOINT = re.compile(r"\s*(?:%\s*)?(?:,|và)\s*")


def _paired_units(ctx: _Context, figures: list[Figure], idx: list[int], units: list[tuple], subject: str,
                  stated_before: str = "") -> dict:
    """"Thành phố A, thị xã B và huyện C có tỷ lệ cao nhất, lần lượt đạt 78,5%, 70,2% và 66,9%": one
    indicator — named in the subject, or the share just stated when the subject says only "tỷ lệ"
    — for units named in order. All None when there is no indicator or the figures differ in unit."""
    unit = figures[idx[0]].unit
    if any(figures[i].unit != unit for i in idx):
        return {i: None for i in idx}
    match = _classify_text(subject, unit)
    last = ctx.last_by_unit.get(unit) if unit == "percent" else None
    # (the subject says "tỷ lệ", or names the units only and the sentence before ends on a share:
    # "… đạt 78,3%. Khu vực Quảng Bình cũ và Quảng Trị cũ lần lượt đạt 81,2% và 74,5%")
    if match is None and last is not None and ("tỷ lệ" in subject or ctx.last_claim is last):
        match = Match(_rule_of(last.indicator), 0, [], f"the rate just stated: '{last.quote[:60]}'")
    if match is None and unit in ("rank", "score") and ctx.dti_lead is not None:
        match = _dti_lead_match(ctx)  # "A, B và C lần lượt đạt 0,71; 0,62 và 0,60 điểm" in an article about the DTI
        for i in idx:  # (of the index's year the paragraph names, as a bare rank's: see _sentence_claims)
            fig = figures[i]
            fig.context_year = fig.context_year or _last_named_year(ctx, paragraph_start(ctx.text, fig.start), fig.start) \
                or ctx.dti_lead[1]
    if match is None and stated_before:
        # "… tỷ lệ hồ sơ trực tuyến toàn trình của thành phố đạt 84,6%; khu vực Đà Nẵng cũ và khu vực Quảng Nam cũ lần
        # lượt đạt 92,3% và 78,1%": the rate the sentence stated before the units
        match = _classify_text(stated_before, unit)
    if match is None and unit == "count":
        # "Ba huyện A, B và C hiện còn lần lượt 24, 15 và 9 bản lõm sóng": the noun after the last count names them all
        end = figures[idx[-1]].end
        noun = _NOUN_PHRASE_AFTER.match(ctx.folded, end)
        match = _classify_text(noun.group(0), unit) if noun is not None else None
    if match is None:
        return {i: None for i in idx}
    return {i: Match(match.rule, match.score, [], match.cue, scope=scope) for i, scope in zip(idx, units)}


def _paired(ctx: _Context, figures: list[Figure], idx: list[int], parts: list[str]) -> dict[int, Match | None]:
    """Figures idx paired in order with the last len(idx) subject parts (all None if they do not pair)."""
    if len(parts) < len(idx):
        return {i: None for i in idx}
    parts = parts[-len(idx):]
    shared = " ".join(parts[0].split()[:2])  # "tỷ lệ ..." heads the whole list
    matches = []
    for i, part in zip(idx, parts):
        unit = figures[i].unit
        mm = _classify_text(part, unit) or _classify_text(shared + " " + part, unit) \
            or _classify_text(parts[0] + " " + part, unit)
        # (a level word standing alone, "cấp tỉnh, huyện, xã": not a unit with its name, "huyện Phong Điền")
        lv = _LEVEL.search(part) or _BARE_LEVEL_PART.fullmatch(part.strip())
        if mm is not None and lv is not None:
            mm.level = ctx.level_of(next(g for g in lv.groups() if g))
        matches.append(mm)
    codes = [(mm.rule.code, mm.level) if mm else None for mm in matches]
    if None in codes or len(set(codes)) != len(codes):
        return {i: None for i in idx}
    return dict(zip(idx, matches))


def _shares_with_own_phrases(ctx: _Context, prev: Figure, fig: Figure, c_lo: int) -> bool:
    """Two shares in one clause, each followed by its own noun, joined by "và" or a comma."""
    if fig.unit != "percent" or prev.unit != "percent" or prev.start < c_lo:
        return False
    gap = ctx.folded[prev.end:fig.start]
    return gap.rstrip().endswith((",", " và")) and _names_own_noun(gap) \
        and _names_own_noun(ctx.folded[fig.end:fig.end + 40])


def _names_own_noun(after: str) -> bool:
    """Whether a noun follows a figure ("80% người dân"), not a verb, a level or a comparison."""
    return bool(_WORD_NEXT.match(after)) and not _NOT_A_NOUN_NEXT.match(after) \
        and not _VERB_OR_LEVEL_NEXT.match(after)


# A clause of a goal sentence that reports where things stand ("Tỉnh phấn đấu … đạt 70%, tỷ lệ … hiện
# mới đạt 31%"): the frame does not make its figure a goal.
_REPORTING_CLAUSE = re.compile(r"(?<!\w)(?:hiện|hiện nay|đến nay|mới đạt|đã đạt|thực tế|kết quả|trong khi)(?!\w)")
# A goal verb ("phấn đấu", not "vượt mục tiêu")
# (each word opens with its first letter and looks behind after it: a pattern opening with a look-behind
# makes the engine try every position of the text)
_GOAL_VERB = re.compile(r"(?:p(?<!\wp)(?<!vượt p)(?<!đạt p)hấn đấu|đ(?<!\wđ)(?<!vượt đ)(?<!đạt đ)ặt mục tiêu|"
                        r"m(?<!\wm)(?<!vượt m)(?<!đạt m)ục tiêu (?:là|đến))(?!\w)")


def _goal_verb_before_semicolon(left: str) -> bool:
    """Whether a goal verb's goals go on past a semicolon to the end of ``left`` (no full stop or colon
    between): "…, năm 2025 tỉnh phấn đấu xóa 40 bản trắng sóng; tỷ lệ …"."""
    verb = _GOAL_VERB.search(left, max(left.rfind("."), left.rfind(":")) + 1)
    return verb is not None and left.find(";", verb.end()) >= 0
# A clause after a goal's figure that states the next goal in the same way: a comma or semicolon,
# a noun phrase and its predicate, nothing between that reports ("đã", "hiện", "mới", "kết quả").
# (after a share that names its noun after it, "phấn đấu 100% dịch vụ công … toàn trình, tỷ lệ … đạt 65%")
_NEXT_GOAL_CLAUSE = re.compile(r"(?:\s+[^\W\d](?:[^.;:\d()]|[345]g\b){0,80}?)?(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+(?=tỷ lệ\s))[^\W\d][^.;:\d()]{0,120}?\s(?:đạt|là|chiếm|ở mức|lên)"
                               r"(?:\s+(?:tối thiểu|ít nhất|trên|khoảng|hơn|tối đa|dưới))*\s*")
# "phấn đấu 100% thôn có sóng 4G và 80% hộ gia đình có cáp quang": the goal's objects listed, the next
# figure right after the coordinator
_NEXT_GOAL_OBJECT = re.compile(r"(?:\s+[^\W\d](?:[^.;:\d()]|[345]g\b){0,80}?)?(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)"
                               r"(?:(?:tối thiểu|ít nhất|trên|khoảng|hơn|tối đa|dưới)\s+)*")
_REPORTING_WORD = re.compile(r"(?<!\w)(?:đã|hiện|mới|nhưng|tuy nhiên|trong khi|còn|thực tế|so với|cùng kỳ|năm trước)(?!\w)")


# "…đạt 52,6%, song vẫn thấp hơn mức trung bình cả nước (khoảng 58%)": the average compared with is the
# same indicator's, however long the words between
_AVERAGE_COMPARED = re.compile(r"(?:(?:song|nhưng|và|tuy nhiên),?\s+)?(?:(?:vẫn|còn|đều)\s+){0,2}(?:cao|thấp) hơn\s+(?:so với\s+)?"
                               r"(?:mức\s+|tỷ lệ\s+)?(?:bình quân|trung bình)(?:\s+chung)?(?:\s+của)?\s+(?:cả nước|toàn quốc|"
                               r"toàn tỉnh|tỉnh|khu vực|vùng)[^.;:\d()]{0,30}?(?:\s*\(\s*(?:khoảng|gần|hơn|trên|xấp xỉ))?")


def _lead_of_paragraph_above(ctx: _Context, fig: Figure, s: int, hi: int) -> Match | None:
    """"Toàn tỉnh đã thu nhận 2.356.000 hồ sơ định danh điện tử … Đã kích hoạt 1.820.000 tài khoản.\nTrong đó,
    thành phố X thu nhận 312.500 hồ sơ": a paragraph opening with a detail details the lead sentence of the
    paragraph above (its total), read with the detail's own words; a count must be of the rule's noun."""
    above = paragraph_start(ctx.text, s - 1)
    lead_end = ctx.folded.find(". ", above, s - 1)
    if lead_end < 0 or ctx.previous_sentence is None or lead_end >= ctx.previous_sentence[0]:
        return None  # the paragraph above is one sentence, already read
    match = _classify_text(ctx.folded[above:lead_end] + " " + ctx.folded[s:hi], fig.unit)
    if match is None or fig.unit != "count":
        return match
    head = match.rule.compiled[2]
    return match if head is not None and head.match(ctx.folded[fig.end:hi]) else None


def _goal_goes_on(ctx: _Context, prev_end: int, fig_start: int) -> bool:
    """Whether text[prev_end:fig_start], between a goal's figure and this one, only opens the next
    goal of the same frame ("…, tỷ lệ thanh toán trực tuyến đạt 45%"), reporting nothing."""
    return ((_NEXT_GOAL_CLAUSE.fullmatch(ctx.folded, prev_end, fig_start) is not None
             or (_NEXT_GOAL_OBJECT.fullmatch(ctx.folded, prev_end, fig_start) is not None
                 and _REPORTING_WORD.search(ctx.folded, fig_start, _phrase_end(ctx, fig_start, fig_start + 80)) is None))
            and _REPORTING_WORD.search(ctx.folded, prev_end, fig_start) is None
            and _ACTUAL_AFTER_TARGET.search(ctx.folded, prev_end, fig_start) is None)


@lru_cache(maxsize=None)
def _head_anywhere(head: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + fold(head) + r")(?!\w)")


def _names_its_own_kind(ctx: _Context, rule: Rule, lo: int, fig_start: int) -> bool:
    """"612.000 thuê bao, trong đó thuê bao băng rộng di động đạt 498.000": the figure's own clause
    names the head noun with words no rule knows, so an earlier cue ("thuê bao di động") is the
    whole's, not this part's. Only a part opened as such ("trong đó", "riêng", "gồm") is read."""
    if rule.head is None:
        return False
    opener = None
    for opener in _PART_OPENER.finditer(ctx.folded, lo, fig_start):
        pass
    return opener is not None and _head_anywhere(rule.head).search(ctx.folded, opener.end(), fig_start) is not None


def _enumeration(ctx: _Context, figures: list[Figure], i: int, c_lo: int, c_hi: int) -> tuple[int, int] | None:
    """Bounds of the enumeration figure i belongs to, if any: its members are joined by
    short, predicate-free gaps; the window spans from the clause start to the clause end."""
    def linked(a: Figure, b: Figure) -> bool:
        if a.unit != b.unit:
            return False  # ("có 12 sản phẩm OCOP, 100% sản phẩm đã có mặt trên sàn": a count and a share are no list)
        gap = ctx.folded[a.end:b.start]
        return bool(_ENUM_GAP.match(gap)) and not _PREDICATE.search(gap) and ("," in gap or " và " in gap) \
            and not _total_then_part(ctx, a, b)
    first = last = i
    while first > 0 and figures[first - 1].start >= c_lo and linked(figures[first - 1], figures[first]):
        first -= 1
    while last + 1 < len(figures) and figures[last + 1].end <= c_hi and linked(figures[last], figures[last + 1]):
        last += 1
    if first == last:
        return None
    return c_lo, c_hi


def _total_then_part(ctx: _Context, a: Figure, b: Figure) -> bool:
    """"Toàn tỉnh có 312 sản phẩm OCOP, 250 sản phẩm đã được giới thiệu …": what the province has, then, after a
    comma, the part of the same noun the predicate is about — no enumeration (two things of one noun joined by "và"
    are coordinated: "2.450 điểm … thẻ và 35.600 điểm … QR")."""
    if not ctx.folded[max(0, a.start - 14):a.start].rstrip().endswith(("có", "tổng số")) \
            or not ctx.folded[a.end:b.start].rstrip().endswith(","):
        return False
    noun_a, noun_b = _FIRST_WORD.match(ctx.folded, a.end), _FIRST_WORD.match(ctx.folded, b.end)
    return noun_a is not None and noun_b is not None and noun_a.group(1) == noun_b.group(1)


_FIRST_WORD = re.compile(r"\s+([^\W\d]+)")
# Patterns of _sentence_claims' per-figure steps (sector parts, lengths, parts of a share):
# A breakdown by sector rather than by place: "…, trong đó (các) hồ sơ thuế / lĩnh vực đất đai / thủ tục … đạt …"
_SECTOR_PART = re.compile(r",\s*(?:trong đó|riêng)\s*,?\s*((?:các\s+)?(?:hồ sơ|lĩnh vực|thủ tục|nhóm|ngành)\s(?!(?:(?:ở|tại)\s+)?cấp\b))")
_OWN_NOUN_AFTER_KM = re.compile(r"\s*(?:km|ki-lô-mét|kilômét|kilomet)?\s+(?!và\b|với\b|,)[^\W\d]{2,}")
# "…, trong đó các xã vùng cao chỉ đạt …": a subject of a few words and its verb, nothing else
_PART_REACHES = re.compile(r"\s*,?\s*[^\W\d][^,;:.\d()]{0,40}?\s(?:(?:chỉ|mới|cũng|đã)\s+)?(?:đạt|là|ở mức)\s+"
                           r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?")
_ONLY_REACHES = re.compile(r"\s+(?:(?:mới|chỉ|cũng|vẫn)\s+)?đạt\s+(?:(?:khoảng|gần|hơn|trên)\s+)?")


def _province_named_as_subject(ctx: _Context, s: int, pos: int) -> bool:
    """"Ở chiều ngược lại, Lai Châu chỉ đạt 18,4%": a province named alone as the subject of a bare figure,
    after other provinces' figures on a rate (text[s:pos] is opener, name and verb, nothing else)."""
    opener = _SUBJECT_OPENER.match(ctx.folded, s, pos)
    start = opener.end() if opener else s
    for m in ctx.mentions_between(start, pos):
        return m.start == start and _ONLY_REACHES.fullmatch(ctx.folded, m.end, pos) is not None
    return False


def _opens_own_subject(ctx: _Context, figures: list[Figure], i: int) -> bool:
    """"tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%, 100% xã có điểm truy cập Internet": the
    previous member closes its predicate and this one is followed by a noun of its own, so
    the two share a frame (a list of goals) but not a subject (a level is no subject)."""
    if i == 0:
        return False
    prev = figures[i - 1]
    return bool(_OBJECT_OF_PREDICATE.search(ctx.folded, max(0, prev.start - 30), prev.start)
                and _OWN_SUBJECT_AFTER.match(ctx.folded, figures[i].end))


def _several_named(ctx: _Context, a: int, b: int) -> bool:
    """"Quận Hoàn Kiếm, quận Ba Đình và quận Cầu Giấy có tỷ lệ trên 95%": places (or provinces)
    listed in text[a:b] ("A, B", "A và B"), who share a bar."""
    spans = []
    pos = a
    while (m := geo.PLACE_RE.search(ctx.folded, pos, b)) is not None:
        name = geo.place_name(ctx.text, m)  # (the match may run on past the name: "quận A và quận B")
        pos = m.start() + max(len(name or ""), 1)
        if name:
            spans.append((m.start(), pos))
    for pm in ctx.mentions_between(a, b):
        if not any(x <= pm.start < y for x, y in spans):
            spans.append((pm.start, pm.end))
    spans.sort()
    return any(ctx.folded[y:x2] in LIST_SEPARATORS for (_, y), (x2, _) in zip(spans, spans[1:])) \
        or any(_NEXT_NAME_SAME_UNIT.match(ctx.text, y, b) for _, y in spans)


# "Quận Hoàn Kiếm, Cầu Giấy": a second name that shares the unit word of the first
_NEXT_NAME_SAME_UNIT = re.compile(r"(?:,|,? và) " + UPPER_CLASS)


_BRACKET_BEFORE = re.compile(r"\s*\(\s*$")


# "…, vượt 2,7 điểm phần trăm so với chỉ tiêu được giao (80%)": the goal of the rate its sentence states, in brackets
_GOAL_IN_BRACKETS = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu)(?: (?:được giao|đề ra|đặt ra|của tỉnh|năm \d{4}))?\s*\(\s*$")


def _province_in_brackets(ctx: _Context, fig: Figure) -> bool:
    """"đứng thứ 3 trong vùng, sau Đồng Tháp (82,4%) và Vĩnh Long (76,1%)": a province named with
    its figure in brackets, compared on the rate its sentence states (however far back)."""
    bracket = _BRACKET_BEFORE.search(ctx.folded, max(0, fig.start - 4), fig.start)
    if bracket is None:
        return False
    i = bisect_left(ctx.mention_starts, bracket.start()) - 1
    return i >= 0 and ctx.mentions[i].end == bracket.start()


def _ranked_within_region(ctx: _Context, fig: Figure, sent_end: int) -> bool:
    """"đứng thứ 3 trong 13 tỉnh, thành phố vùng Đồng bằng sông Cửu Long", "thứ 2/14 tỉnh miền núi":
    a rank among a region's provinces, not the country's; or "thứ 2 trong 18 huyện, thị xã, thành phố": a
    district's among the province's own units."""
    if fig.denominator is not None:
        return fig.denominator not in (63, 34)
    if _NATIONWIDE_AFTER.match(ctx.folded, fig.end):
        return False
    if _AMONG_UNITS_AFTER.match(ctx.folded, fig.end):
        return True  # "đứng thứ 2 trong 18 huyện, thị xã, thành phố": a district's rank among the province's units
    end = min(sent_end, fig.end + 70)
    stop = ctx.folded.find(";", fig.end, end)
    return _REGIONAL_RANKING.search(ctx.folded, fig.end, end if stop < 0 else stop) is not None


def _whole_that_is_a_stock(ctx: _Context, fig: Figure, hi: int, sent_start: int) -> Match | None:
    """"Trong tổng số 426.380 hồ sơ tiếp nhận từ đầu năm, có 388.100 hồ sơ trực tuyến": a whole that is itself
    a stock — the applications received, or villages lacking a signal — named by its own noun phrase (other
    wholes — "trong 13 mục tiêu", "trong tổng số 1.790 thủ tục" — are only the base of the part after them)."""
    if fig.unit != "count":
        return None
    end = _phrase_end(ctx, fig.end, hi)
    match = _classify(ctx, fig, fig.start, end, fig.unit, require_head=True)
    if match is None or match.rule.code not in _WHOLES_THAT_ARE_STOCKS:
        return None
    if match.rule.code != "applications_received" and (
            not _ENDS_SENTENCE.match(ctx.folded, end)
            or bisect_left(ctx.district_starts, sent_start) < bisect_left(ctx.district_starts, fig.start)):
        # ("Trong tổng số 56 bản lõm sóng …, huyện A có 24 bản", "Ba huyện A, B và C … lần lượt …, chiếm phần lớn
        # trong tổng số 56 bản …": units named beside the whole would lend it their scope)
        return None
    return match


# "…, trong đó hồ sơ trực tuyến toàn trình chiếm 45%": a part taking its share of the figure before it
_PART_TAKES_SHARE = re.compile(r"(?:,|;)\s*trong đó\s+[^\d.;:()%]{1,60}?\schiếm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_ENDS_SENTENCE = re.compile(r"\s*(?:[.;\n]|$)")
# ("trong tổng số 56 bản lõm sóng của toàn tỉnh": the villages lacking something, a stock of their own)
_WHOLES_THAT_ARE_STOCKS = frozenset({"applications_received", "villages_without_mobile_signal", "villages_without_mobile_broadband",
                                     "villages_with_weak_mobile_signal", "villages_without_fixed_broadband"})


# A predicate denied: "chưa sử dụng", "chưa được số hóa", "không có" (but "không dùng tiền mặt" is cashless,
# "không giấy tờ" paperless: names, not denials)
_DENIED = re.compile(r"(?:c(?<!\wc)hưa|k(?<!\wk)hông)\s+(?:được\s+)?(?:sử dụng|dùng(?! tiền mặt)|số hóa|có|kích hoạt|áp dụng|"
                     r"tham gia|kết nối|triển khai|cài đặt|phủ sóng|thực hiện|nộp|thanh toán|mở|đăng ký|cập nhật|đồng bộ|tích hợp|"
                     r"công khai|xác thực|cung cấp|ứng dụng|đưa|lên sàn|tiếp cận|chấp nhận)(?!\w)")


def _negated(ctx: _Context, indicator: str, fig: Figure, lo: int, hi: int) -> bool:
    """Whether the figure's own phrase denies what the indicator counts: the words after the last comma
    or "và" before it, or its noun phrase after it. Indicators that count what is missing are never negated."""
    if "without" in indicator or "weak" in indicator:
        return False
    if ctx.folded.find("chưa", lo, hi) < 0 and ctx.folded.find("không", lo, hi) < 0:
        return False  # (most figures: no denial word anywhere near)
    # ("xóa 48 thôn chưa có sóng và nâng tỷ lệ hồ sơ trực tuyến lên 70%": a coordinated clause's denial is its own)
    left_lo = max(lo, ctx.folded.rfind(",", lo, fig.start) + 1, ctx.folded.rfind(" và ", lo, fig.start) + 4)
    right_hi = _phrase_end(ctx, fig.end, hi)
    if right_hi - fig.end <= 16 and right_hi < hi:
        right_hi = _phrase_end(ctx, right_hi + 1, hi)  # "1.254 cán bộ, công chức chưa được cập nhật": a listed noun
    bracket = ctx.folded.find("(", fig.end, right_hi)
    if bracket >= 0 and _OWN_FIGURE.search(ctx.folded, bracket, right_hi):
        right_hi = bracket  # "100% thôn có sóng 4G (hiện nay còn 35 thôn chưa có sóng 4G)": the aside's denial is its own
    return bool(_DENIED.search(ctx.folded, left_lo, fig.start) or _DENIED.search(ctx.folded, fig.end, right_hi))


_OWN_PREDICATE = re.compile(r"(?<!\w)(?:chưa có|không có|chưa được|có|được|đã)(?!\w)")


def _part_states_its_own(ctx: _Context, match: Match, fig: Figure, lo: int, hi: int) -> bool:
    """Whether a part opened by "trong đó"/"riêng" states a predicate of its own after the figure, which
    the cue read before the opener (the whole's) does not name."""
    if ctx.folded.find("trong đó", lo, fig.start) < 0 and ctx.folded.find("riêng", lo, fig.start) < 0:
        return False  # (the cheap test first)
    opener = None
    for opener in _PART_OPENER.finditer(ctx.folded, lo, fig.start):
        pass
    if opener is None:
        return False
    end = _phrase_end(ctx, fig.end, hi)
    predicate = _OWN_PREDICATE.search(ctx.folded, fig.end, end)
    if predicate is None:
        return False  # "…, trong đó 820 trạm 4G", "…, trong đó 67 bản thuộc huyện Mường Nhé": the whole's kind
    # ("…, trong đó 287 sản phẩm đã được đưa lên sàn": the part's predicate repeats one of the rule's concepts)
    segment = ctx.folded[predicate.start():end]
    return not any(group.search(segment) for group in match.rule.compiled[0])


def _phrase_end(ctx: _Context, pos: int, hi: int) -> int:
    """End of the phrase that starts at ``pos`` (the next comma, semicolon or full stop), at most ``hi``."""
    end = _PHRASE_END.search(ctx.folded, pos, hi)
    return end.start() if end else hi


def _rate_of_count_follows(ctx: _Context, figures: list[Figure], i: int) -> bool:
    """"6.512 hồ sơ, tỷ lệ trực tuyến 91,3%": the rate after the count is a share of it, in words
    of its own; the count shares none of them (the rate reads the count's noun, not the reverse)."""
    return figures[i].unit == "count" and i + 1 < len(figures) and figures[i + 1].unit == "percent" \
        and _NEW_RATE_SUBJECT.search(ctx.folded, figures[i].end, figures[i + 1].start) is not None


def _parenthetical(ctx: _Context, other: Figure, pos: int, after: bool = False) -> bool:
    if after:
        between = ctx.text[pos:other.start]
        if other.unit == "percent" and ctx.text.startswith(",", other.end) \
                and _SHARE_ASIDE.search(ctx.folded, pos, other.start):
            return True  # "4.520 thôn, bản, chiếm 92,3%, đã có sóng 4G": a share set off by commas
        return "(" in between and ")" not in between and ")" in ctx.text[other.end:other.end + 40]
    between = ctx.text[other.end:pos]
    return ")" in between and "(" not in between and "(" in ctx.text[max(0, other.start - 40):other.start]


_SHARE_ASIDE = re.compile(r",\s*chiếm\s*$")
# (not the contrast "Nếu như năm 2022 … chỉ đạt 20% thì năm 2023 đã đạt 45%", "Nếu như Bắc Ninh đã đạt 92% …
# thì Bắc Giang mới đạt 54%": both are facts)
_IF = re.compile(r"(?:n(?<!\wn)ếu(?! như)|g(?<!\wg)iả (?:sử|định)|t(?<!\wt)rong trường hợp)(?!\w)")  # (see _GOAL_VERB)


def _hypothetical(ctx: _Context, s: int, pos: int) -> bool:
    """Whether the figure at pos stands in an if-clause ("Nếu tỷ lệ này đạt 80%, …", "… nếu 100% hồ sơ được
    nộp trực tuyến"): no comma or semicolon between the "nếu" and it."""
    last = None
    for last in _IF.finditer(ctx.folded, s, pos):
        pass
    if last is None:
        return False
    between = _BRACKETED.sub("", ctx.folded[last.end():pos])
    # (an aside in brackets states a fact: "nếu tỷ lệ … (hiện 45,3%) được nâng lên 70%" — the 70% is the
    # condition, the 45,3% is not; so does "đã")
    return not any(ch in between for ch in ",;:(") and " đã " not in between


_BRACKETED = re.compile(r"\([^()]*\)")
_COORD_SPLIT = re.compile(
    r"\s+và\s+(?=(?:đã |được |cũng |đều )?(?:phổ cập|có|kết nối|sử dụng|triển khai|cung cấp|thực hiện|"
    r"áp dụng|tham gia|lắp đặt|được|đã|đạt|ứng dụng|tích hợp|thanh toán|phủ sóng)|"
    # or a second object of the same "có": "100% thôn đã có sóng 4G và cáp quang"
    r"(?:sóng|cáp quang|internet|đường truyền|mạng (?:cáp|internet|4g|5g|di động|băng rộng))(?!\w))")


# "Riêng thành phố A và huyện B, 100% ấp đã có sóng 4G", "Huyện A và huyện B đều đạt 85%": a full share
# (or one said of each, "đều") holds for every unit listed; another share of two units may be their joint one
_EACH_OF_THEM = re.compile(r"(?<!\w)(?:đều|cùng)(?!\w)")


_TIERS = (("district", ("huyện ", "quận ", "thị xã ", "thành phố ", "đặc khu ")), ("commune", ("xã ", "phường ", "thị trấn ")))


def _tier(place: str | None) -> str | None:
    """The tier a place's unit word names ("huyện Kiên Hải": district, "xã A": commune); the province itself
    (no place) is None, and any other unit (thôn, ấp, tổ dân phố, …) a village."""
    if place is None:
        return None
    low = place.lower()
    return next((tier for tier, words in _TIERS if low.startswith(words)), "village")


def _shared_by_listed_units(ctx: _Context, fig: Figure, figures: list[Figure], i: int, sent_start: int,
                            claim: Claim) -> list[Claim]:
    """The same claim for the other units of a list of named units that is the figure's subject."""
    if fig.unit != "percent" or fig.pair_role is not None:
        return []
    lo = figures[i - 1].end if i > 0 and figures[i - 1].end >= sent_start else sent_start
    if fig.value != 100 and not _EACH_OF_THEM.search(ctx.folded, lo, fig.start):
        return []
    units = listed_units(ctx, lo, fig.start)
    if len(units) < 2 or (claim.province_code, claim.province, claim.place) not in units \
            or len({_tier(place) for _, _, place in units}) > 1:
        return []  # ("Tại Phường 7, Quận 5": a commune and its district, an address, not a list)
    return [Claim(**{**claim.to_dict(), "province_code": code, "province": name, "place": place,
                     "reason": f"{claim.reason}; shared by the units listed"})
            for code, name, place in units if (code, name, place) != (claim.province_code, claim.province, claim.place)]


def _coordinated(ctx: _Context, fig: Figure, lo: int, hi: int, out: list[Claim],
                 match: Match | None) -> None:
    """One number shared by coordinated predicates.

    "100% các xã đã có cáp quang đến trung tâm và phổ cập mạng di động 4G" states
    two figures: each predicate is classified with the shared subject, and when
    they name different indicators the single claim becomes one per predicate.
    """
    if not out or match is None or out[-1].indicator is None or out[-1].number_start != fig.start:
        return
    right = ctx.folded[fig.end:hi]
    if "và" not in right:
        return  # the split needs "và"
    parts = _COORD_SPLIT.split(right)
    if len(parts) < 2:
        return
    subject = re.split(r"\s(?:đã|được|có|đều|cùng)\s", parts[0], maxsplit=1)[0]
    base = out[-1]
    found = []
    offset = fig.end
    for k, part in enumerate(parts):
        start = ctx.folded.index(part, offset)
        offset = start + len(part)
        m = _classify_text(part if k == 0 else subject + " " + part, base.unit)
        if m is not None and m.rule.code not in [f[0].rule.code for f in found]:
            found.append((m, start + len(part.rstrip(" .,"))))
    if len(found) < 2:
        return
    out.pop()
    for m, end in found:
        out.append(Claim(**{**base.to_dict(), "indicator": m.rule.code, "reason": f"coordinated predicate, cue: {m.cue}",
                            "quote": ctx.text[base.start:end], "end": end}))


def _elided_noun(ctx: _Context, fig: Figure, sent_start: int, hi: int) -> Match | None:
    """"Tỉnh cung cấp 1.905 dịch vụ công trực tuyến, gồm 1.210 dịch vụ toàn trình và 695
    dịch vụ một phần": "dịch vụ" repeats the noun named in full earlier in the sentence.
    The count is classified as that full noun plus its own modifier."""
    own = ctx.folded[fig.end:_phrase_end(ctx, fig.end, hi)].split()
    if len(own) < 3:
        return None  # a bare noun has no modifier of its own to add
    noun = " ".join(own[:2])
    at = ctx.folded.find(noun, sent_start, fig.start)
    if at < 0 or (at > 0 and ctx.folded[at - 1].isalnum()):
        return None
    stop = _ANTECEDENT_END.search(ctx.folded, at, fig.start)
    antecedent = ctx.folded[at:stop.start() if stop else fig.start].split()
    if len(antecedent) <= 2 or antecedent[:len(own)] == own:
        return None  # the earlier mention is no fuller than this one
    m = _count_of_phrase(" ".join(antecedent + own[2:]))
    if m is None or _refused_noun(m.rule.code, ctx.folded[fig.end:hi]):
        return None
    m.cue = f"{m.cue} (elided noun: '{' '.join(antecedent)}')"
    m.antecedent = at
    return m


# What opens a part of a whole just stated: "…, trong đó …", "riêng …", "gồm …"
_PART_WORDS = r"(?:trong đó|riêng|bao gồm|gồm)"
_PART_OPENER = re.compile(r"(?<!\w)" + _PART_WORDS + r"(?!\w)")
_OWNER_REACH = 120  # longer than any match of _OWNER_BREAKDOWN
# Telecom operators and payment providers as the subject of a breakdown ("trong đó Viettel có 820
# trạm", "riêng nhà mạng VNPT lắp đặt 35 trạm", "trong đó ví MoMo chiếm 40%").
_OWNER = (r"(?:(?:nhà mạng|mạng|doanh nghiệp|tập đoàn|tổng công ty|công ty|ngân hàng|ví điện tử|ví)\s{1,3})?"
          r"(?:" + "|".join(sorted({fold(name) for name in OPERATORS})) + r")\b")
_BREAKDOWN_BY_OWNER = _PART_WORDS + r"[,:]?\s{1,3}" + _OWNER
_OWNER_BREAKDOWN = GuardedPattern(_BREAKDOWN_BY_OWNER + r"[^,;.\d]{0,30}$")
_OWNER_BREAKDOWN_OPENED = GuardedPattern(_BREAKDOWN_BY_OWNER)
# "nâng tổng số trạm 4G của Viettel trên địa bàn lên 980 trạm": one owner's stock (not "của Viettel, VNPT và
# MobiFone": all of them together are the province's)
_OWNED_BY_ONE = GuardedPattern(r"của(?<!\wcủa)\s+" + _OWNER + r"(?!\s*(?:,|và)\s*" + _OWNER + r")[^,;.\d]{0,40}$")
# ("…, trong đó Viettel có 1.120 trạm, VNPT có 980 trạm": the list's later members open their clauses)
_OWNER_OPENS_CLAUSE = re.compile(r"\W*(?:và\s+|còn\s+)?" + _OWNER + r"[^,;.\d]{0,30}$")
# A noun standing alone after a count: punctuation or a preposition follows it.
_BARE_NOUN_AFTER = re.compile(r"\s+([^\W\d]+)(?=\s*(?:[,.;:()]|$)|\s+(?:với|và|ở|tại|của|trong|nhiều|nâng|hiện|năm|vào)\b)")
# "205 tổ với hơn 1.100 thành viên": the members of the things just counted.
_WITH_MEMBERS = re.compile(r"\s+[^\W\d]+(?:\s+[^\W\d]+){0,6}?\s+với\s+(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?")
_MEMBERS_AFTER = re.compile(r"\s+(?:thành viên|tổ viên|người)\b")
_MEMBERS_OF = {"community_digital_teams": "community_digital_team_members"}


def _bare_noun(ctx: _Context, fig: Figure, sent_start: int, hi: int, antecedent: Claim | None) -> Match | None:
    """A count of a bare noun ("1.151 tổ", "11 trạm"): the thing the count just before was of, or
    the nearest full mention of the noun earlier in the sentence. Only for indicators that count
    things (teams, stations); a bare "20 thôn" after a coverage figure may be the villages left out."""
    m = _BARE_NOUN_AFTER.match(ctx.folded, fig.end, hi)
    if m is None:
        return None
    # A full mention after the count before is nearer than that count ("- Số trạm BTS 5G: 412 trạm;
    # - Số trạm BTS 4G: 2.950 trạm").
    since = max(sent_start, _number_end(antecedent)) if antecedent is not None else sent_start
    return (_noun_named_earlier(ctx, m, since, fig.start) or _noun_of_count_before(ctx, m, antecedent)
            or (since > sent_start and _noun_named_earlier(ctx, m, sent_start, since)) or None)


def _noun_of_count_before(ctx: _Context, bare: re.Match, antecedent: Claim | None) -> Match | None:
    """"cấp xã có 151 tổ, cấp thôn có 1.151 tổ", "... 1.151 tổ. Huyện Lệ Thủy thành lập 205 tổ":
    the count just stated (this sentence or the one before) was of the same noun."""
    if antecedent is None or antecedent.indicator is None or antecedent.unit != "count" \
            or not _counts_things(antecedent.indicator):
        return None
    noun = bare.group(1)
    antecedent_end = _number_end(antecedent)
    if not re.match(r"\s+" + re.escape(noun) + r"\b", ctx.folded[antecedent_end:antecedent_end + 40]):
        return None
    return Match(_rule_of(antecedent.indicator), 1.0, [bare.span(1)],
                 f"'{noun}' as in the count before ({antecedent.number_text})")


def _not_province_wide(ctx: _Context, lo: int, fig_start: int, sent_start: int) -> bool:
    """Whether the figure's own side (text[lo:fig_start]) does not turn to the whole province.
    ("Viettel Sơn La ... nâng tổng số trạm trên địa bàn tỉnh lên 1.120 trạm": after an enterprise
    subject, "trên địa bàn tỉnh" says where its stations are, not whose they are.)"""
    wide = PROVINCE_WIDE.search(ctx.folded, lo, fig_start)
    return wide is None or (wide.group(0) == "trên địa bàn tỉnh" and enterprise_subject(ctx.text, sent_start) is not None) \
        or (wide.group(0) == "toàn thành phố" and ctx.province_key is not None and not ctx.municipal
            and ctx.province_key != NATIONAL)  # ("Toàn thành phố có 112 trạm" in a province's article: a city's)


def _part_of_another_owner(ctx: _Context, a: int, b: int) -> bool:
    """"1.450 trạm BTS, trong đó Viettel có 820 trạm": a breakdown by operator or provider, a part
    the schema cannot hold (it has places and levels, not owners): no figure of the province's."""
    # (the opener and the owner's name sit right before the figure: the pattern is end-anchored)
    if _OWNER_BREAKDOWN.search(ctx.folded, max(a, b - _OWNER_REACH), b) is not None \
            or _OWNED_BY_ONE.search(ctx.folded, max(a, b - _OWNER_REACH), b) is not None:
        return True
    # a later member of such a breakdown opens its comma-clause with another owner (one owner
    # among several sharing a figure, "Viettel, VNPT và MobiFone đã lắp đặt 1.150 trạm", is none)
    comma = ctx.folded.rfind(",", a, b)
    return (comma > a and _OWNER_OPENS_CLAUSE.match(ctx.folded, comma + 1, b) is not None
            and _OWNER_BREAKDOWN_OPENED.search(ctx.folded, a, comma) is not None)


def _noun_named_earlier(ctx: _Context, bare: re.Match, sent_start: int, fig_start: int) -> Match | None:
    """"khánh thành 3 trạm BTS mới, nâng tổng số trạm trên địa bàn xã lên 11 trạm": the nearest
    full mention of the noun earlier in the sentence that names an indicator counting things."""
    noun = bare.group(1)
    at = ctx.folded.rfind(noun + " ", sent_start, fig_start)
    while at >= 0:
        if at == 0 or not ctx.folded[at - 1].isalnum():
            stop = _ANTECEDENT_END.search(ctx.folded, at, fig_start)
            phrase = ctx.folded[at:stop.start() if stop else fig_start]
            found = _count_of_phrase(phrase) if len(phrase.split()) > 1 else None
            if found is not None and _counts_things(found.rule.code):
                found.spans = [bare.span(1)]
                found.cue = f"'{noun}' as in '{phrase.strip()}'"
                return found
        at = ctx.folded.rfind(noun + " ", sent_start, at)
    return None


def _members_of_counted(ctx: _Context, fig: Figure, hi: int, previous: Claim) -> Match | None:
    """"Huyện Lệ Thủy thành lập 205 tổ với hơn 1.100 thành viên": the members of the teams just counted."""
    members = _MEMBERS_OF.get(previous.indicator or "")
    previous_end = _number_end(previous)
    if members is None or previous_end > fig.start or not _WITH_MEMBERS.fullmatch(ctx.folded, previous_end, fig.start):
        return None
    m = _MEMBERS_AFTER.match(ctx.folded, fig.end, hi)
    if m is None:
        return None
    return Match(_rule_of(members), 1.0, [(m.start() + 1, m.end())], f"members of the {previous.number_text} counted before")


def _counts_things(indicator: str) -> bool:
    """An indicator stated only as a count of things (teams, stations), never as a share."""
    return taxonomy()[indicator].units == ("count",)


def _count_of_phrase(phrase: str) -> Match | None:
    """The rule a noun phrase names as a count, its head the phrase's noun (as in _classify)."""
    m = _classify_text(phrase, "count")
    if m is None:
        return None
    head = m.rule.compiled[2]
    return m if head is None or head.match(phrase) else None


def _number_end(claim: Claim) -> int:
    return claim.number_start + len(claim.number_text)


def _classify_text(window: str, unit: str) -> Match | None:
    best = None
    for rule in _candidate_rules(unit, GROUP_INDEX.possible(window)):
        groups, exc, head, _ids, _not_head = rule.compiled
        if exc is not None and exc.search(window):
            continue
        hits = [g.search(window) for g in groups]
        if all(hits):
            score = len(groups) + (5 if head and head.match(window) else 0)
            if best is None or score > best.score:
                best = Match(rule, score, [], " + ".join(h.group(0) for h in hits))
    return best


def _headline_repeat_end(text: str, title_end: int) -> int:
    """Where the title ends, counting a headline that repeats it as the body's first line (a
    page's <h1> under the title the loader puts on top): its figures are the title's, not the body's."""
    title = text[:title_end].strip()
    start = title_end
    while start < len(text) and text[start] in " \t\n":
        start += 1
    end = start + len(title)
    if title and text.startswith(title, start) and (end == len(text) or text[end] == "\n"):
        return end
    return title_end


def _without_title_repeats(claims: list[Claim], title_end: int) -> list[Claim]:
    """A headline figure the body states again ("Kinh tế số chiếm 14,2% GRDP" over
    "Năm 2024, tỷ trọng kinh tế số ... ước đạt 14,2%") is kept only from the body, which
    says its year and qualifier."""
    def fact(c: Claim) -> tuple:
        return c.indicator, c.unit, c.kind, c.place, c.province_code
    in_body: dict[tuple, list[float]] = {}
    for c in claims:
        if c.start > title_end:
            in_body.setdefault(fact(c), []).append(c.value)
    # "Tỷ lệ hồ sơ trực tuyến 10 tháng đạt hơn 56%" over "... đạt 56,2%": a headline rounds
    return [c for c in claims if c.start > title_end
            or not any(_rounds_to(c, v) for v in in_body.get(fact(c), ()))]


def _rounds_to(headline: Claim, body_value: float) -> bool:
    """Whether a headline figure is the body's, as stated or rounded ("hơn 56%" for 56,2%,
    "1,2 triệu" for 1.245.600)."""
    if headline.value == body_value or headline.value == round(body_value):
        return True
    return headline.qualifier != "exact" and abs(headline.value - body_value) <= 0.05 * abs(body_value)


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen = set()
    out = []
    for c in claims:
        key = (c.number_start, c.indicator, c.kind, c.level, c.unit, c.province_code, c.place)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
