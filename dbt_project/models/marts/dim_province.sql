select province_key, province_code, code_system, province_name, name_en, unit_type, region,
       socio_economic_region, valid_from, valid_to, successor_key as current_province_key
from {{ ref('stg_reference__provinces') }}
