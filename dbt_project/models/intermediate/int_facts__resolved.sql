-- One row per province × indicator × period × level × kind × unit.
-- Rule for the reported value when sources disagree: the value stated by the most
-- recently published article wins; ties go to the value more articles state. All
-- claims stay listed and a conflict is flagged.
with per_value as (
    select
        province_key, province_key_current, pillar, indicator_code, fact_period, coalesce(level, '') as level_key,
        kind, unit, value,
        count(distinct article_id) as value_sources,
        max(published_at) as value_latest_published,
        list(distinct claim_id order by claim_id) as value_claim_ids,
        max(denominator) as denominator,
        max(value_max) as value_max,
        min(qualifier) as qualifier
    from {{ ref('int_claims__conformed') }}
    group by all
),
ranked as (
    select *,
        row_number() over (
            partition by province_key, indicator_code, fact_period, level_key, kind, unit
            order by value_latest_published desc nulls last, value_sources desc, value desc) as pick
    from per_value
),
grouped as (
    select
        province_key, indicator_code, fact_period, level_key, kind, unit,
        count(*) as distinct_values,
        sum(value_sources) as claim_sources,
        flatten(list(value_claim_ids)) as claim_ids
    from per_value
    group by all
),
stats as (
    select province_key, indicator_code, fact_period, coalesce(level, '') as level_key, kind, unit,
        count(distinct article_id) as source_count,
        min(published_at) as first_published_at, max(published_at) as latest_published_at
    from {{ ref('int_claims__conformed') }}
    group by all
)
select
    md5(concat_ws('|', r.province_key, r.indicator_code, r.fact_period, r.level_key, r.kind, r.unit)) as fact_id,
    r.province_key, r.province_key_current, r.pillar, r.indicator_code, r.fact_period as period,
    nullif(r.level_key, '') as level, r.kind, r.unit, r.value, r.value_max, r.qualifier,
    r.denominator,
    case when r.denominator is not null and r.unit = 'count' and r.denominator > 0
         then round(100.0 * r.value / r.denominator, 2) end as derived_percent,
    r.denominator is not null and r.unit = 'count' as percent_is_derived,
    r.value_sources as sources_stating_value,
    s.source_count,
    s.first_published_at, s.latest_published_at,
    g.distinct_values > 1 as has_conflict,
    g.distinct_values,
    list_sort(g.claim_ids) as claim_ids
from ranked r
join grouped g using (province_key, indicator_code, fact_period, level_key, kind, unit)
join stats s using (province_key, indicator_code, fact_period, level_key, kind, unit)
where r.pick = 1
