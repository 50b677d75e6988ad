-- Claims that can enter province facts: indicator known, province known, not about a
-- place inside the province, and a period the text gives. A claim without one (where a move
-- started, "tăng từ 31% lên 54,3%", or a document with no year at all) stays in the claims for
-- review: filling in the publication year would file it under a year it does not describe.
-- Province keys are conformed to both code systems.
with lineage as (
    select * from {{ ref('int_claims__lineage') }}
    where indicator_code is not null and province_code is not null and place is null and period is not null
)
select
    l.*,
    case when l.province_code = 'VN' then 'VN' else l.code_system || ':' || l.province_code end as province_key,
    p.successor_key as province_key_current,
    i.pillar,
    l.period as fact_period
from lineage l
join {{ ref('stg_reference__indicators') }} i using (indicator_code)
left join {{ ref('stg_reference__provinces') }} p
    on p.province_key = case when l.province_code = 'VN' then 'VN' else l.code_system || ':' || l.province_code end
