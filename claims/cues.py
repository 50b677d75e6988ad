"""Indicator cues: the words around a number that say what it measures.

Each rule is a conjunction of concept groups (every group must occur in the
number's context window) with optional exclusions. More groups = more specific.
``head`` is the noun that a count can be "of" (``1212 trạm 4G``): when it follows
the number directly the rule wins over rules that only match further away.
Rules are data: adding an indicator's phrasing is an entry here, not code.
Patterns are written in lower case and matched against ``normalize.fold`` text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.normalize import fold_pattern as fold
from claims.prefilter import LiteralIndex

# ("thôn, khu", "8 khu chưa có sóng": the village unit of some provinces, not an estate or a zone)
VILLAGE = (r"(?:(?<!nông )\bthôn\b|(?<!văn )(?<!phiên )(?<!bảo )(?<!cơ )\bbản\b(?! đồ| sắc| chất| thân| lĩnh| quyền| án| tin)|tổ dân phố|\bxóm\b|\bấp\b|\bkhóm\b|\bbuôn\b|\bbon\b|\bpl[eơ]i\b|\blàng\b|khu phố|"
           r"\bkhu\b(?! phố| công nghiệp| du lịch| vực| dân cư| kinh tế| chế xuất| đô thị| di tích| vui chơi| nghỉ dưỡng)(?!\s*\d))")
COMMUNE = r"(?:(?<!kinh tế - )(?<!kinh tế – )(?<!kinh tế )(?<!ủy ban nhân dân )\bxã(?! hội)|phường|thị trấn)"
MOBILE = r"(?:di động|[2345]g\b|thông tin di động)"
BROADBAND_MOBILE = r"(?:băng rộng di động|[345]g\b|băng thông rộng di động|di động băng rộng)"
COVER = r"(?:phủ sóng|có sóng|sóng|phổ cập)"
# "chưa" before what the figure counts ("chưa có sóng", "chưa kích hoạt"), not a goal not met
# ("Tỉnh chưa đạt mục tiêu 100% thôn có sóng 4G": the goal is still a share of villages covered)
NOT_YET = r"chưa(?! đạt| hoàn thành)"
NO_SIGNAL = r"(?:trắng\W{0,3}sóng|vùng trắng|chưa có sóng|không có sóng|chưa được phủ sóng|mất sóng)"
DVCTT = r"(?:dịch vụ công trực tuyến|dvctt|dịch vụ công)"
TTHC = r"(?:thủ tục hành chính|tthc|thủ tục)"
# Online services that are not all of them: one kind alone ("toàn trình") is the narrower
# indicator ("toàn trình và một phần" is all), and applications, payments, integration on
# the national portal or the population database are other indicators.
_NOT_ALL_ONLINE_SERVICES = (r"hồ sơ|mức độ [34](?!\W{0,3}(?:và |hoặc )?4(?!\d))|toàn trình(?! và một phần)|(?<!toàn trình và )một phần|"
                            r"cổng dịch vụ công quốc gia|dân cư|thanh toán|phát sinh")
# Sites that are neither villages nor communes: "phủ sóng 5G tại 100% khu công nghiệp và trung tâm các
# huyện" is a share of industrial zones, whatever coverage words surround it.
# People counted: a share of them is no share of villages, communes or procedures ("20% người dân được hỏi cho rằng
# sóng 4G ở thôn còn yếu", "40% doanh nghiệp chưa từng sử dụng dịch vụ công trực tuyến toàn trình")
PEOPLE = r"(?:các |những )?(?:người dân|người|doanh nghiệp|cán bộ|công chức|học sinh|sinh viên|hộ)(?!\w)"
OTHER_SITES = (r"(?:các |những )?(?:khu công nghiệp|cụm công nghiệp|khu kinh tế|khu du lịch|điểm du lịch|trường|bệnh viện|"
               r"trạm y tế|cơ sở|cơ quan|doanh nghiệp|tuyến|trục)")
# A share of an area, not of villages: "5G đã phủ 65% khu vực đô thị" (populated areas have a rule of their own)
AREAS = r"(?:các |những )?(?:khu vực|vùng|diện tích|địa bàn)(?! (?:có )?dân cư)"
ECOMMERCE_PLATFORMS = r"\b(?:postmart|voso|shopee|lazada|tiki|sendo|tiktok shop)\b"
BARE_STATION = r"trạm(?! (?:bts|thu phát|phát sóng|[2345]g|enodeb)\b)(?!\w)"  # "68 trạm", no kind named after it
DTI = r"(?:\bdti\b|chỉ số chuyển đổi số|chỉ số đánh giá chuyển đổi số|xếp hạng chuyển đổi số)"


@dataclass(frozen=True)
class Rule:
    code: str
    groups: tuple[str, ...]
    exclude: str | None = None
    # The noun a count is "of" (``1212 trạm 4G``). For counts it is mandatory: the
    # noun after the figure must be this one. For percents it only adds weight.
    head: str | None = None
    units: tuple[str, ...] | None = None  # restricts beyond the taxonomy's units
    # Units a share can be "of" that this indicator is not about: "100% các cơ sở y tế
    # thanh toán không dùng tiền mặt" is a share of facilities, not of payments.
    not_head: str | None = None
    compiled: tuple = field(default=(), compare=False, repr=False)

    def with_compiled(self, group_ids: dict[str, int]) -> "Rule":
        groups = tuple(re.compile(fold(g)) for g in self.groups)
        exc = re.compile(fold(self.exclude)) if self.exclude else None
        head = re.compile(r"^\W{0,3}(?:" + fold(self.head) + ")") if self.head else None
        ids = 0  # bit mask of the rule's groups (see prefilter.LiteralIndex)
        for g in self.groups:
            ids |= 1 << group_ids.setdefault(fold(g), len(group_ids))
        not_head = re.compile(r"^\W{0,3}(?:" + fold(self.not_head) + ")") if self.not_head else None
        return Rule(self.code, self.groups, self.exclude, self.head, self.units, self.not_head,
                    (groups, exc, head, ids, not_head))


_RULES = [
    # --- infrastructure -------------------------------------------------------
    Rule("villages_without_mobile_broadband", (VILLAGE, r"(?:trắng\W{0,3}sóng|chưa có sóng|không có sóng|chưa được phủ sóng)(?: di động)?\W{0,3}(?:3g|4g|băng rộng)|chưa có hạ tầng|chưa có sóng 3g|chưa có sóng 4g"), head=VILLAGE, units=("count",)),
    # ("chưa có sóng di động ổn định": a signal that comes and goes, a weak one)
    Rule("villages_without_mobile_signal", (VILLAGE, NO_SIGNAL), exclude=r"3g|4g|băng rộng|lõm|sóng yếu|chập chờn|ổn định", head=VILLAGE, units=("count",)),
    Rule("villages_with_weak_mobile_signal", (VILLAGE, r"lõm sóng|sóng (?:còn |rất |khá )?yếu|chập chờn|"
                                                       r"(?:chưa|không) có sóng(?: di động| điện thoại)? ổn định|sóng(?: di động)? (?:chưa|không) ổn định"),
         exclude=r"(?:chưa|không) có sóng(?: di động)? hoặc",  # "chưa có sóng hoặc sóng yếu": both kinds in one count
         head=VILLAGE, units=("count",)),
    Rule("villages_without_fixed_broadband", (VILLAGE, r"(?:chưa|không) có (?:dịch vụ )?(?:truy nhập )?(?:internet|cáp quang|băng rộng cố định)|chưa có internet|chưa được kéo cáp quang"), head=VILLAGE, units=("count",)),
    Rule("village_mobile_broadband_coverage", (VILLAGE, COVER, BROADBAND_MOBILE), exclude=NOT_YET + r"|trắng|lõm|sóng yếu|chập chờn|không có|cáp quang|cố định", head=VILLAGE, not_head=OTHER_SITES + "|" + PEOPLE + "|" + AREAS),
    # ("45 thôn chỉ có sóng 2G": a part, those with nothing better)
    # ("Phong trào văn hóa đã phủ sóng 100% thôn": a movement's reach, said as a signal's)
    Rule("village_mobile_coverage", (VILLAGE, r"phủ sóng|có sóng|sóng (?:di động|điện thoại)|tín hiệu (?:di động|điện thoại)"), exclude=NOT_YET + r"|trắng|lõm|sóng yếu|chập chờn|không có|chỉ có|băng rộng|3g|4g|5g|internet|cáp quang|phong trào|văn hóa|thể thao|mô hình|phát thanh|truyền hình|truyền thanh", head=VILLAGE, not_head=OTHER_SITES + "|" + PEOPLE + "|" + AREAS),
    Rule("village_internet_coverage", (VILLAGE, r"internet|cáp quang|băng rộng cố định"), exclude=NOT_YET + r"|không có|phủ sóng", head=VILLAGE, not_head=OTHER_SITES + "|" + PEOPLE + "|" + AREAS),
    # ("100% xã có điểm phục vụ bưu chính kết nối Internet": a facility in the commune, not its fibre)
    Rule("commune_fiber_coverage", (COMMUNE, r"cáp quang|băng rộng cố định|kết nối internet|internet băng rộng"),
         exclude=NOT_YET + r"|không có|\bthôn\b|điểm (?:phục vụ|truy cập|bưu)", head=r"(?:trung tâm )?(?:các )?" + COMMUNE, not_head=OTHER_SITES),
    Rule("commune_mobile_coverage", (COMMUNE, r"phủ sóng|phổ cập|có sóng|sóng", MOBILE), exclude=NOT_YET + r"|trắng|lõm|không có", head=r"(?:trung tâm )?(?:các )?" + COMMUNE, not_head=OTHER_SITES),
    # ("hạ tầng viễn thông đã phủ sóng 100% xã, phường": the telecom network's signal, not radio or television)
    Rule("commune_mobile_coverage", (COMMUNE, r"phủ sóng", r"viễn thông|điện thoại"), exclude=NOT_YET + r"|trắng|lõm|không có|phát thanh|truyền hình",
         head=r"(?:trung tâm )?(?:các )?" + COMMUNE, not_head=OTHER_SITES),
    # ("còn khoảng 3% dân số chưa được phủ sóng": the share left out, not the coverage)
    # ("mạng 4G phủ 99,6% dân số": a generation's network spreading over the share it is followed by;
    # the window has the figure cut out, so "phủ" meets "dân số")
    Rule("population_mobile_coverage", (r"dân số|người dân", r"phủ sóng|được phủ|sóng|\b[345]g\b[^.;,]{0,15}?\bphủ(?=(?:\s+(?:đến|tới|cho|được|khoảng|gần|hơn|trên|xấp xỉ))*\s+(?:dân số|người dân))"),
         exclude=r"điện thoại thông minh|khu vực|" + NOT_YET + r"|không có sóng|không được|(?:sóng|tín hiệu)[^.;,]{0,20}?(?:yếu|chập chờn)|lõm"
                 r"|phát thanh|truyền hình",  # ("sóng phát thanh, truyền hình đã phủ 99% dân số": broadcasting, not mobile)
         head=r"dân số"),
    Rule("populated_area_mobile_coverage", (r"khu vực (?:có )?dân cư|vùng dân cư|khu dân cư", r"phủ|sóng"),
         exclude=NOT_YET + r"|không có sóng|không được|phát thanh|truyền hình|truyền thanh",  # (broadcasting's reach)
         head=r"(?:các )?(?:khu vực|vùng|khu) (?:có )?dân cư", not_head=OTHER_SITES),
    Rule("bts_4g_stations", (r"trạm (?:bts |thu phát sóng |phát sóng |eNodeB )?4g",), head=r"trạm (?:bts |thu phát sóng |phát sóng )?4g", units=("count",)),
    Rule("bts_5g_stations", (r"trạm (?:bts |thu phát sóng |phát sóng )?5g",), head=r"trạm (?:bts |thu phát sóng |phát sóng )?5g", units=("count",)),
    # "Tổng số trạm BTS: 2.986 trạm (trong đó 4G: 2.712 trạm; 5G: 48 trạm)": a generation as the label of a bare count
    Rule("bts_4g_stations", (r"(?<!\w)4g\s*:",), exclude=r"(?<!\w)[235]g\s*:", head=BARE_STATION, units=("count",)),
    Rule("bts_5g_stations", (r"(?<!\w)5g\s*:",), exclude=r"(?<!\w)[234]g\s*:", head=BARE_STATION, units=("count",)),
    # "5G đã được triển khai tại 68 trạm", "Mạng 5G … với 15 trạm": bare stations the clause deploys 5G on
    # (another generation in the window leaves them unnamed)
    Rule("bts_5g_stations", (r"\b5g\b", r"triển khai|lắp đặt|phát sóng|(?<!biên )(?<!chính )phủ(?: sóng)?(?!\w)(?! lý)|thử nghiệm|thí điểm"), exclude=r"\b[234]g\b",
         head=BARE_STATION, units=("count",)),
    Rule("bts_stations", (r"trạm (?:thu phát sóng|phát sóng|bts)|trạm thu phát|\bbts\b",), head=r"trạm (?:thu phát sóng|phát sóng|bts)|trạm thu phát", exclude=r"^\W*trạm (?:bts |thu phát sóng |phát sóng )?[345]g", units=("count",)),
    # ("1.230 hộ gia đình được hỗ trợ kéo cáp quang miễn phí": a campaign's beneficiaries, not the households connected)
    Rule("household_fiber_broadband", (r"hộ gia đình|hộ dân|\bhộ\b(?! kinh doanh| sản xuất| nghèo)", r"cáp quang|băng rộng cố định|internet"),
         # ("85% hộ có máy tính kết nối Internet": households owning a computer, not their line)
         exclude=r"kinh doanh|thanh toán|được hỗ trợ|miễn phí|được tặng|máy tính", head=r"(?:các )?hộ(?: gia đình| dân)?"),
    Rule("fiber_cable_km", (r"cáp quang",), units=("km",)),
    # "thuê bao băng rộng cố định/100 dân" is another density, not in the taxonomy; so is mobile broadband's
    Rule("mobile_subscriptions_per_100", (r"thuê bao",), exclude=r"cố định|cáp quang|internet|ftth|băng rộng", units=("per_100",)),
    Rule("smartphone_subscription_share", (r"thuê bao", r"điện thoại thông minh|smartphone|\bsmp\b")),
    # ("55% người dân … chưa biết sử dụng điện thoại thông minh": the share without, not with)
    Rule("smartphone_population_share", (r"dân số|người dân|người trưởng thành|người dùng", r"điện thoại thông minh|smartphone"),
         exclude=r"thuê bao|(?:chưa|không) (?:biết|sử dụng|dùng|có|sở hữu)"),
    Rule("fixed_broadband_subscriptions", (r"thuê bao (?:internet|băng rộng cố định|cáp quang)|thuê bao ftth",), head=r"thuê bao", units=("count",)),
    Rule("mobile_subscriptions", (r"thuê bao (?:điện thoại )?di động|thuê bao điện thoại",), exclude=r"thông minh|/100|100 dân|internet|cố định", head=r"thuê bao", units=("count",)),
    Rule("agencies_on_specialized_network", (r"mạng truyền số liệu chuyên dùng",), head=r"(?:các )?(?:cơ quan|đơn vị|điểm|ubnd)"),
    # (a commune's or district's People's Committee is the agency, when said to be connected:
    # "96 xã, phường được kết nối mạng truyền số liệu chuyên dùng")
    Rule("agencies_on_specialized_network", (r"mạng truyền số liệu chuyên dùng", r"kết nối"),
         head=r"(?:các )?(?:" + COMMUNE + r"|huyện\b)"),
    # --- e-government ---------------------------------------------------------
    Rule("records_processed_online", (r"hồ sơ công việc|văn bản điện tử", r"môi trường mạng|xử lý trực tuyến|trên mạng"), exclude=r"thủ tục hành chính", head=r"(?:hồ sơ|văn bản)"),
    Rule("multi_channel_online_services", (DVCTT, r"nhiều phương tiện|nhiều kênh|đa kênh|thiết bị di động"), head=r"(?:dịch vụ)"),
    Rule("authenticated_online_service_users", (r"định danh(?:,| và)\s*xác thực|được xác thực", r"dịch vụ công|người dân|người dùng"), head=r"(?:người|tài khoản)"),
    Rule("services_on_national_portal", (r"cổng dịch vụ công quốc gia|cổng dvc quốc gia|cổng dvcqg", r"tích hợp|lên|trên|đưa|công khai"),
         # ("người dân có tài khoản trên Cổng …": the portal's users, not the services on it)
         exclude=r"hồ sơ|thanh toán|tài khoản|người dân|người dùng|truy cập|hài lòng", head=r"(?:dịch vụ|thủ tục|tthc|dvc)"),
    Rule("procedures_linked_population_db", (TTHC, r"(?:cơ sở dữ liệu|csdl) quốc gia về dân cư|dữ liệu dân cư"), head=r"(?:các )?(?:thủ tục|tthc)"),
    Rule("admin_records_digitized", (r"hồ sơ|kết quả giải quyết", r"số hóa"), exclude=r"lưu trữ|(?<!nha )trang\b|cán bộ", head=r"(?:hồ sơ|kết quả)"),
    Rule("online_periodic_reports", (r"báo cáo", r"trực tuyến|hệ thống thông tin báo cáo"), head=r"(?:báo cáo|chế độ)"),
    Rule("planning_info_published", (r"quy hoạch", r"công khai|thông tin quy hoạch")),
    Rule("archive_pages_digitized", (r"tài liệu lưu trữ|lưu trữ", r"trang"), head=r"trang", units=("count",)),
    Rule("civil_servant_records_synced", (r"cán bộ,? công chức,? viên chức|cbccvc|cán bộ,? công chức", r"cơ sở dữ liệu|csdl|đồng bộ"), exclude=r"chuyên trách|cntt", head=r"(?:hồ sơ|cán bộ|người)"),
    # ("giao dịch bảo hiểm xã hội điện tử": the adjective after the field's name)
    Rule("e_social_insurance_units", (r"giao dịch điện tử|(?:bảo hiểm xã hội|bhxh) điện tử", r"bảo hiểm xã hội|bhxh"), head=r"(?:đơn vị|doanh nghiệp|cơ quan|tổ chức)"),
    Rule("digital_id_activation", (r"kích hoạt",), exclude=NOT_YET, head=r"(?:tài khoản|công dân|người|trường hợp)"),
    Rule("digital_id_enrollment", (r"định danh điện tử|vneid|định danh",
                                   r"thu nhận|cấp\s+(?:tài khoản\s+)?định danh|(?<!\w)cấp(?= hơn| gần| khoảng| trên| \d| $)|"
                                   r"có\s+(?:(?:triệu|nghìn|ngàn)\s+)?tài khoản định danh|đăng ký|hồ sơ|được cấp(?! (?:tỉnh|huyện|xã))"), exclude=r"kích hoạt|xác thực", head=r"(?:hồ sơ|tài khoản|công dân|người|trường hợp)",
         # ("có 1,25 triệu tài khoản định danh": the figure sits between "có" and its accounts)
         # ("100% công an xã, thị trấn đã triển khai thu nhận hồ sơ định danh": a share of the units enrolling, not of people)
         # ("98% học sinh được cấp mã định danh": pupils' school ID numbers, not electronic identification)
         not_head=r"(?:các )?(?:công an|cơ quan|đơn vị|xã|phường|thị trấn|huyện|điểm|bộ phận|học sinh|trẻ em|trường)"),
    Rule("online_fee_payments", (r"thanh toán trực tuyến|payment platform|thanh toán điện tử",
                                 r"phí|lệ phí|hồ sơ|giao dịch|cổng dịch vụ công|dịch vụ công|thủ tục hành chính|tthc"),
         # ("thanh toán điện tử trong giao dịch bán lẻ": trade's payments, not fees paid to the state)
         exclude=r"tài khoản|không dùng tiền mặt|hóa đơn|bán lẻ|thương mại|mua sắm|mua bán|bán hàng|tiểu thương|siêu thị|chợ|ngân hàng",
         head=r"(?:giao dịch|hồ sơ|lượt|khoản)"),
    # "Tỷ lệ thanh toán trực tuyến đạt 38%" (or "…; thanh toán trực tuyến đạt 45%") with nothing
    # else named: in these reports the rate is the public-service portal's (fees and charges paid
    # online); never in a text about commerce.
    # ("Về thanh toán trực tuyến, tỷ lệ bình quân cả nước đạt 45,6%", "…, cả nước đạt 48,6%": the topic names the rate;
    # "các chỉ số: hồ sơ trực tuyến 72,4%; thanh toán trực tuyến 55,1%": the label right before the rate)
    Rule("online_fee_payments", (r"tỷ lệ thanh toán trực tuyến|thanh toán trực tuyến đạt|về thanh toán trực tuyến,[^.;:\d]{0,40}?\s(?:tỷ lệ|đạt|kế hoạch|chỉ tiêu)|"
                                 r"thanh toán trực tuyến\s*:?\s*(?:$|(?=\d))",),
         exclude=r"thương mại|mua sắm|mua bán|bán hàng|không dùng tiền mặt|ngân hàng|tài khoản|hóa đơn|doanh nghiệp|tiểu thương",
         units=("percent",)),
    # "tỷ lệ hài lòng của người dân" in these reports is with administrative service; not
    # satisfaction with health care, schools, tourism or a product
    Rule("admin_procedure_satisfaction", (r"hài lòng",),
         exclude=r"y tế|bệnh viện|giáo dục|trường học|du lịch|khám|chữa bệnh|khách hàng|sản phẩm|chất lượng mạng|"
                 r"giao diện|trải nghiệm|ứng dụng|phần mềm|website|trang web"),
    # ("1.110 thủ tục hành chính trực tuyến toàn trình": procedures offered, not applications)
    Rule("full_process_online_services", (DVCTT + "|" + TTHC, r"toàn trình|mức độ 4"), exclude=r"một phần|mức độ 3|hồ sơ|tích hợp|cổng dịch vụ công quốc gia",
         not_head=PEOPLE),
    Rule("partial_online_services", (DVCTT + "|" + TTHC, r"một phần|mức độ 3"), exclude=r"toàn trình|mức độ 4|mức độ 3\W{0,3}(?:và |hoặc )?4(?!\d)|hồ sơ|tích hợp|cổng dịch vụ công quốc gia",
         not_head=PEOPLE),
    # "thủ tục có phát sinh hồ sơ trực tuyến" is a share of procedures, not of applications
    Rule("online_public_services", (TTHC, r"dịch vụ công trực tuyến|dvctt|trực tuyến"),
         exclude=_NOT_ALL_ONLINE_SERVICES, head=TTHC + r"|dịch vụ công trực tuyến|dvctt"),
    # "Tỉnh cung cấp 1.905 dịch vụ công trực tuyến": a count of the services themselves
    # (no "thủ tục" said); only when that is the counted noun.
    Rule("online_public_services", (r"dịch vụ công trực tuyến|dvctt",), exclude=_NOT_ALL_ONLINE_SERVICES,
         head=r"dịch vụ công trực tuyến|dvctt", units=("count",)),
    # not the share of online applications rejected, overdue or handled on time
    # ("hồ sơ nộp qua mạng", "giải quyết trên môi trường mạng": online by other words)
    Rule("online_application_rate", (r"hồ sơ", r"trực tuyến|qua mạng|(?:qua|trên) môi trường (?:mạng|điện tử)"),
         # ("Trong số hồ sơ trực tuyến, 65% là hồ sơ toàn trình": a share among the online ones)
         # ("thủ tục có phát sinh hồ sơ trực tuyến": procedures that had one, not applications; but "hồ sơ phát sinh
         # trực tuyến" are the applications that came in online)
         exclude=r"hồ sơ công việc|số hóa|thanh toán|cán bộ|định danh|(?<!hồ sơ )phát sinh|từ chối|trả lại|quá hạn|trễ hạn|"
                 r"đúng hạn|trước hạn|trong (?:tổng )?số (?:các )?hồ sơ (?:được )?(?:nộp |tiếp nhận )?trực tuyến",
         head=r"(?:các |lượt )?hồ sơ",
         # "hồ sơ toàn trình chiếm 72,3% tổng số hồ sơ trực tuyến": a share among the online ones; "35% người dân
         # … gặp khó khăn khi nộp hồ sơ trực tuyến": a share of people, not of applications
         not_head=r"(?:tổng )?số hồ sơ (?:được )?(?:nộp |tiếp nhận )?trực tuyến|"
                  r"(?:người dân|người|doanh nghiệp|cán bộ|công chức|tổ chức|hộ)(?!\w)"),
    # ("tiếp nhận 512.300 lượt hồ sơ": "lượt" counts occurrences of the noun after it)
    # (not the postal network's intake: "Bưu điện … đã tiếp nhận và trả kết quả hơn 7,8 triệu hồ sơ")
    # ("tiếp nhận 28.540 hồ sơ, đã giải quyết 27.980 hồ sơ": those settled are not those received)
    Rule("applications_received", (r"hồ sơ", r"tiếp nhận"), exclude=r"trực tuyến|qua mạng|môi trường mạng|bưu điện|bưu chính|"
                                                                   r"(?:đã|được) giải quyết|giải quyết xong|đã xử lý",
         head=r"(?:lượt )?hồ sơ", units=("count",)),
    # --- digital economy ------------------------------------------------------
    # (a third group, as the share's verb or bracket, so that "kinh tế số ICT chiếm 45%" is more specific
    # than the GRDP share's "kinh tế số … chiếm")
    Rule("ict_share_of_digital_economy", (r"kinh tế số ict|\bict\b", r"kinh tế số", r"chiếm|tỷ trọng|tỷ lệ|đóng góp|đạt|khoảng|ước|\(")),
    # (the nation's: GDP; "KTS ước chiếm …"; "đóng góp 7% vào tăng trưởng GRDP" is a share of the growth, not of GRDP)
    Rule("digital_economy_share_grdp", (r"kinh tế số|\bkts\b", r"grdp|\bgdp\b|tỷ trọng|chiếm"),
         exclude=r"(?:vào|cho|trong) (?:mức |tốc độ )?tăng trưởng"),
    # (not the cash-register scheme's users, nor household businesses: "1.250 doanh nghiệp, hộ kinh doanh sử dụng hóa
    # đơn điện tử khởi tạo từ máy tính tiền")
    Rule("e_invoice_enterprise_share", (r"hóa đơn điện tử",), exclude=r"máy tính tiền|hộ kinh doanh", head=r"(?:doanh nghiệp|đơn vị)"),
    Rule("ocop_products_promoted_online", (r"ocop", r"giới thiệu|quảng bá"), head=r"(?:sản phẩm)"),
    # ("đưa lên sàn": onto a marketplace, said without "thương mại điện tử")
    Rule("ocop_products_on_ecommerce", (r"ocop", r"sàn thương mại điện tử|sàn tmđt|thương mại điện tử|(?:lên|trên) (?:các )?sàn\b|" + ECOMMERCE_PLATFORMS), exclude=r"giới thiệu|quảng bá|chủ thể", head=r"(?:sản phẩm)"),
    # ("70% cơ sở sản xuất sản phẩm OCOP đã có tài khoản thanh toán điện tử": the producers by another name)
    Rule("ocop_entities_with_epayment", (r"chủ thể|ocop", r"tài khoản thanh toán|thanh toán điện tử"), head=r"(?:chủ thể|cơ sở|hợp tác xã)"),
    # (the platforms by name: "Các sàn Postmart, Voso đã đưa 1.250 sản phẩm nông sản … lên bán")
    Rule("agri_products_on_ecommerce", (r"nông sản|đặc sản|sản phẩm nông nghiệp", r"sàn thương mại điện tử|thương mại điện tử|sàn tmđt|lên (?:các )?sàn\b|" + ECOMMERCE_PLATFORMS), exclude=r"ocop", units=("count",)),
    Rule("sme_digital_platform_share", (r"doanh nghiệp nhỏ và vừa|dnnvv", r"nền tảng số"), head=r"(?:doanh nghiệp)"),
    Rule("cashless_merchants", (r"hộ kinh doanh|tiểu thương|cơ sở (?:kinh doanh|lưu trú|dịch vụ)|điểm kinh doanh|cửa hàng|điểm bán|điểm chấp nhận|chợ|nhà hàng|khách sạn", r"không dùng tiền mặt|thanh toán điện tử|mã qr|thanh toán (?:bằng |qua )?qr\b|mobile money|ví điện tử"), head=r"(?:hộ|tiểu thương|cơ sở|điểm|cửa hàng|nhà hàng|khách sạn)",
         exclude=r"giao dịch",  # "tỷ lệ giao dịch không dùng tiền mặt tại các chợ": transactions, not merchants
         not_head=r"(?:các )?(?:chợ|trường|bệnh viện|xã|phường|huyện|đơn vị)"),  # "100% chợ có điểm thanh toán QR": markets
    Rule("mobile_money_accounts", (r"mobile money",), units=("count",)),
    Rule("adults_with_epayment_account", (r"trưởng thành|(?:từ )?15 tuổi trở lên", r"tài khoản"),
         exclude=r"định danh|vneid|chữ ký số", head=r"(?:người|tài khoản)"),  # (an e-ID account is no payment account)
    Rule("cashless_payment_share", (r"không dùng tiền mặt",), exclude=r"hộ kinh doanh|tiểu thương|chợ|tài khoản|điểm",
         not_head=r"(?:các |những )?(?:cơ sở|trường|bệnh viện|doanh nghiệp|đơn vị|cơ quan|hộ|người|xã|huyện|tổ chức)"),
    Rule("epayment_accounts", (r"tài khoản (?:thanh toán|ngân hàng)",), exclude=r"chủ thể|mobile money|trưởng thành|doanh nghiệp|sinh trắc|xác thực", head=r"tài khoản", units=("count",)),  # (accounts checked by biometrics: a security measure)
    Rule("digital_tech_enterprises", (r"doanh nghiệp công nghệ số|doanh nghiệp số\b|doanh nghiệp công nghệ thông tin|"
                                      r"doanh nghiệp (?:đang )?(?:hoạt động )?(?:trong )?lĩnh vực (?:công nghệ số|công nghệ thông tin)",), head=r"doanh nghiệp", units=("count",)),
    # --- digital society ------------------------------------------------------
    Rule("community_digital_team_members", (r"tổ công nghệ số|tổ cnsc\w*", r"người tham gia|thành viên"), head=r"(?:người|thành viên)", units=("count",)),
    Rule("community_digital_teams", (r"tổ công nghệ số|tổ cnsc\w*",), head=r"tổ\b", units=("count",)),
    # --- governance -----------------------------------------------------------
    # Ranks and scores are (nearly) only stated for the DTI and its pillars, so a pillar
    # name next to "xếp thứ" / "điểm" is enough; the pillar must be the nearest cue.
    # ("Chuyển đổi số chính quyền": the pillar's name in the DTI reports since 2022)
    Rule("dti_digital_government", (r"(?:trụ cột |chỉ số )?(?:chính quyền số|chuyển đổi số chính quyền)",), units=("rank", "score")),
    Rule("dti_digital_economy", (r"(?:trụ cột |chỉ số )?kinh tế số",), exclude=r"tỷ trọng|grdp", units=("rank", "score")),
    Rule("dti_digital_society", (r"(?:trụ cột |chỉ số )?xã hội số",), units=("rank", "score")),
    # (a province's own index of its districts or departments is no DTI: "chỉ số chuyển đổi số cấp huyện")
    # ("xếp hạng 25/63 tỉnh, thành phố về chuyển đổi số": the one ranking of provinces on it is the DTI)
    Rule("dti_overall", (DTI + r"|(?:xếp hạng|xếp thứ|đứng thứ|vị trí)[^.;:]{0,40}?về chuyển đổi số(?! (?:cấp|của các|trong khối))",),
         exclude=r"trụ cột|chính quyền số|chuyển đổi số chính quyền|kinh tế số|xã hội số|(?:chuyển đổi số|dti) cấp (?:huyện|xã|sở)",
         units=("rank", "score")),
    # "312 cán bộ chuyên trách công nghệ thông tin": staff, not people trained ("tập huấn")
    Rule("dx_workforce", (r"cán bộ|công chức|viên chức|nhân lực|nhân sự|người làm công tác|người phụ trách", r"công nghệ thông tin|cntt|chuyên trách|chuyển đổi số"),
         exclude=r"tập huấn|đào tạo|bồi dưỡng|lượt|tham gia|học viên|được cấp|tài khoản|chữ ký số|hồ sơ",
         head=r"(?:cán bộ|công chức|viên chức|người|nhân lực|nhân sự)", units=("count",)),
    Rule("agencies_with_dx_steering_committee", (r"ban chỉ đạo (?:về )?chuyển đổi số", r"thành lập|kiện toàn|(?:đã|đều) có"), head=r"(?:các )?(?:sở|ban|ngành|cơ quan|đơn vị|huyện|địa phương|xã)"),
    # ("4 chỉ tiêu chưa đạt" are the goals missed)
    Rule("dx_goals_achieved", (r"mục tiêu|chỉ tiêu", r"đạt|vượt|hoàn thành"), head=r"(?:mục tiêu|chỉ tiêu)", units=("count",),
         # ("Kinh tế - xã hội năm 2024 đạt và vượt 18/20 chỉ tiêu": the socio-economic plan's, not digital transformation's)
         exclude=r"kinh tế\s*[-–]?\s*xã hội(?![^.]*chuyển đổi số)",
         # (nor are those "dự kiến đạt" next year or "khó đạt")
         not_head=r"(?:mục tiêu|chỉ tiêu)\s+(?:\w+\s+)?(?:chưa|không|khó|dự kiến|có khả năng|sẽ|phấn đấu)\s"),
]

_GROUP_IDS: dict[str, int] = {}
RULES: tuple[Rule, ...] = tuple(r.with_compiled(_GROUP_IDS) for r in _RULES)
# One pass over a window tells which groups may occur (see claims/prefilter.py).
GROUP_INDEX = LiteralIndex(list(_GROUP_IDS))
