{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'int_claims__conformed'}}}) }}
-- Extracted DTI ranks must agree with the official publication (reference seed).
select c.claim_id, c.province_key, c.period, c.value as extracted_rank, o.official_rank
from {{ ref('int_claims__conformed') }} c
join {{ ref('stg_reference__dti_ranks') }} o on o.province_key = c.province_key and o.period = c.fact_period
where c.indicator_code = 'dti_overall' and c.unit = 'rank' and c.kind = 'actual' and c.value <> o.official_rank
