-- Every claim with the article and archived response it came from: the audit chain.
select
    c.*,
    a.article_url, a.article_title, a.published_at, a.published_date, a.portal_id, a.author,
    r.response_id, r.response_url, r.fetched_at, r.content_sha256, r.warc_file, r.warc_offset
from {{ ref('stg_raw__claims') }} c
join {{ ref('stg_raw__articles') }} a using (article_id)
join {{ ref('stg_raw__responses') }} r on r.response_id = a.response_id
