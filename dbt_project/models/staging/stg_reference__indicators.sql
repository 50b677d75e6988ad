select code as indicator_code, pillar, units as allowed_units, name_en as indicator_name_en,
       name_vi as indicator_name_vi, typical_phrasing_vi, notes
from {{ ref('ref_indicators') }}
