select indicator_code, pillar, allowed_units, indicator_name_vi, indicator_name_en, typical_phrasing_vi, notes
from {{ ref('stg_reference__indicators') }}
