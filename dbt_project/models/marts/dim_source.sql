select portal_id, any_value(source_province) as province, count(*) as articles,
       min(published_at) as first_published_at, max(published_at) as latest_published_at
from {{ ref('stg_raw__articles') }}
group by portal_id
