select cast(d as date) as date_day, extract(year from d)::integer as year, extract(quarter from d)::integer as quarter,
       extract(month from d)::integer as month, d >= date '2025-07-01' as after_2025_reform
from range(date '2015-01-01', date '2031-01-01', interval 1 day) t(d)
