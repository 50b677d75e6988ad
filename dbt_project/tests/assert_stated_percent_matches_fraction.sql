{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'stg_raw__claims'}}}) }}
-- "1.761/1.966 ... đạt 89,5%": a percent stated beside x/y must agree with x/y
-- within rounding (half a point). Disagreement means a misread number.
select f.claim_id as fraction_claim, p.claim_id as percent_claim, f.value, f.denominator, p.value as stated_percent
from {{ ref('stg_raw__claims') }} f
join {{ ref('stg_raw__claims') }} p
  on p.article_id = f.article_id and p.indicator_code = f.indicator_code and p.kind = f.kind
 and p.unit = 'percent' and abs(p.quote_start - f.quote_start) < 300
where f.unit = 'count' and f.denominator > 0
  and abs(100.0 * f.value / f.denominator - p.value) > 0.5
