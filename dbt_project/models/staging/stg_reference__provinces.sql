-- Both province code systems in one list; the key carries the system because
-- seven codes name another area after 2025-07-01.
select
    '63:' || p.code as province_key, p.code as province_code, '63' as code_system, p.name as province_name,
    p.name_en, p.unit_type_en as unit_type, p.region8_en as region, p.region6_en as socio_economic_region,
    date '1900-01-01' as valid_from, date '2025-06-30' as valid_to,
    '34:' || m.new_code as successor_key
from {{ ref('ref_provinces_63') }} p
left join {{ ref('ref_province_merge_63_to_34') }} m on m.old_code = p.code
union all
select
    '34:' || code, code, '34', name, name_en, unit_type_en, null, null,
    date '2025-07-01', null, '34:' || code
from {{ ref('ref_provinces_34') }}
union all
select 'VN', 'VN', 'national', 'Việt Nam', 'Viet Nam', 'country', null, null, date '1900-01-01', null, 'VN'
