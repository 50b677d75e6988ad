-- Facts whose sources disagree, with every claim behind them.
select f.fact_id, f.province_key, f.indicator_code, f.period, f.level, f.kind, f.unit, f.value as picked_value,
       c.claim_id, c.value as claimed_value, c.article_url, c.published_at, c.quote
from {{ ref('int_facts__resolved') }} f, unnest(f.claim_ids) u(claim_id)
join {{ ref('int_claims__lineage') }} c on c.claim_id = u.claim_id
where f.has_conflict
