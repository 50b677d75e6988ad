{#
  Facts of one taxonomy pillar (grain and value rule: int_facts__resolved). National
  targets sit in the same table (province_key = 'VN'); national_target_value puts the
  matching one beside each row so "gap to target" is one column away.
#}
{% macro pillar_facts(pillar) %}
with facts as (
    select * from {{ ref('int_facts__resolved') }} where pillar = '{{ pillar }}'
)
select f.*, nt.value as national_target_value
from facts f
left join facts nt
  on nt.province_key = 'VN' and nt.kind = 'target' and nt.indicator_code = f.indicator_code
 and nt.period = f.period and nt.unit = f.unit and coalesce(nt.level, '') = coalesce(f.level, '')
{% endmacro %}
