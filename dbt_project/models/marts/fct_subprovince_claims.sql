-- Figures about a district, city or village inside a province: kept apart so they
-- never pass as the province's own.
select * from {{ ref('int_claims__lineage') }} where place is not null
