select
    article_id,
    response_id,
    url as article_url,
    canonical_url,
    portal_id,
    portal_kind,
    source_province,
    title as article_title,
    cast(published_at as timestamptz) as published_at,
    cast(timezone('Asia/Ho_Chi_Minh', published_at) as date) as published_date,
    author,
    language,
    text as article_text
from {{ source('raw', 'articles') }}
