{% test percent_in_range(model) %}
-- Percent figures must lie in [0, 100]; percent_of_target may exceed 100.
select * from {{ model }}
where unit = 'percent' and (value < 0 or value > 100 or coalesce(value_max, 0) > 100)
{% endtest %}
