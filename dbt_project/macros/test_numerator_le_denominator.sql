{% test numerator_le_denominator(model) %}
-- A count out of a whole cannot exceed the whole (ranks are x/63 too).
select * from {{ model }}
where denominator is not null and value > denominator
{% endtest %}
