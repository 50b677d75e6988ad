select
    response_id,
    url as response_url,
    portal_id,
    status as http_status,
    cast(fetched_at as timestamptz) as fetched_at,
    content_sha256,
    warc_file,
    warc_offset,
    bytes as response_bytes
from {{ source('raw', 'responses') }}
