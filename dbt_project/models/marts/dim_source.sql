select portal_id, any_value(portal_kind) as portal_kind, any_value(source_province) as province,
       any_value(regexp_extract(article_url, '^https?://([^/]+)', 1)) as host, count(*) as articles,
       min(published_at) as first_published_at, max(published_at) as latest_published_at
from {{ ref('stg_raw__articles') }}
group by portal_id
