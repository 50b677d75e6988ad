select cast(year as integer) as period, cast(rank as integer) as official_rank,
       '63:' || province_code_63 as province_key, name_as_published, score_source
from {{ ref('ref_dti_2022_rank') }}
